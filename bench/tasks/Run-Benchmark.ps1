# The task benchmark: the kernel booted with rivet.bench=tasks (kernel/Tasks/TaskBenchmark.cs and
# kernel/Async/AsyncBenchmark.cs: context switches, spin-lock and async-mutex costs, async
# wake-to-run latency) on rv64 and rv32 with 1 and 4 harts; table in artifacts/bench/tasks.md.
param(
    [Parameter(Mandatory)] [string] $Root,
    [string] $Configuration = 'Release'
)
$ErrorActionPreference = 'Stop'
Set-StrictMode -Version Latest
. (Join-Path $Root 'scripts/KernelBenchmark.ps1')
Invoke-RivetKernelBenchmark -Root $Root -Configuration $Configuration -Suite 'tasks' -BootArguments 'rivet.bench=tasks'
