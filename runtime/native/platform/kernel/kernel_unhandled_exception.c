/* An exception no kernel code handles is a kernel panic: after the runtime's report the run ends
   with the panic status (KernelPanic.ExitStatus) through sifive_test (rivet_exception.c). */
const int rivet_platform_unhandled_exception_status = 100;
