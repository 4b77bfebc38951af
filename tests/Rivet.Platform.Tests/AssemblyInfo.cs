using Xunit;

// Each test links with GCC or boots QEMU: on a small shared machine, one at a time.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
