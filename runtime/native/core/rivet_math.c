/* Floating-point remainder for IL `rem` on F (ECMA-335 III.3.55): the C fmod result. */
#include "rivet.h"

double rivet_fmod(double a, double b) { return __builtin_fmod(a, b); }
float rivet_fmodf(float a, float b) { return __builtin_fmodf(a, b); }
