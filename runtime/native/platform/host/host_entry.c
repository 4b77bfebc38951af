/* Host entry point: the C library's `main` runs the compiled program (docs/runtime-abi.md § Start-up). */
#include "rivet_platform.h"
#include "host_frames.h"

int rivet_main(int argc, char** argv);

void* rivet_host_outermost_frame;

int main(int argc, char** argv) {
    rivet_host_outermost_frame = __builtin_frame_address(0);
    rivet_platform_exit(rivet_main(argc, argv));
}
