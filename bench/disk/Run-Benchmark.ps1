# The disk benchmark: the kernel booted with rivet.bench=virtio-blk (kernel/Drivers/Virtio/
# BlockBenchmark.cs: sequential write and read throughput, one-sector read latency, parallel 4 KiB
# reads) on the run command's scratch disk, which it overwrites, on rv64 and rv32 with 1 and 4
# harts; table in artifacts/bench/disk.md.
param(
    [Parameter(Mandatory)] [string] $Root,
    [string] $Configuration = 'Release'
)
$ErrorActionPreference = 'Stop'
Set-StrictMode -Version Latest
. (Join-Path $Root 'scripts/KernelBenchmark.ps1')
Invoke-RivetKernelBenchmark -Root $Root -Configuration $Configuration -Suite 'disk' -BootArguments 'rivet.bench=virtio-blk'
