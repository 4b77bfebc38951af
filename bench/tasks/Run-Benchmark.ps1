# The task benchmark: boots the kernel with rivet.bench=tasks on rv64 and rv32, with 1 and 4 harts,
# and collects the `bench: <name>: <value> <unit>` lines that kernel/Tasks/TaskBenchmark.cs and
# kernel/Async/AsyncBenchmark.cs print (context switches, spin-lock and async-mutex costs, async
# wake-to-run latency). Prints a Markdown table and writes it to artifacts/bench/tasks.md;
# docs/benchmarks.md records the results with machine and date.
param(
    [Parameter(Mandatory)] [string] $Root,
    [string] $Configuration = 'Release',
    [string] $Memory = '256M'
)
$ErrorActionPreference = 'Stop'
Set-StrictMode -Version Latest
. (Join-Path $Root 'scripts/Kernel.ps1')

# One boot: the kernel runs the benchmarks as tasks and powers off; returns name → "value unit".
function Invoke-TaskBenchmark([string] $Arch, [string] $Elf, [string] $Disk, [int] $Smp) {
    $start = [Diagnostics.ProcessStartInfo]::new((Get-RivetQemu $Arch))
    foreach ($argument in (Get-RivetMachineArguments $Elf $Disk $Smp $Memory) + '-nographic', '-append', 'rivet.bench=tasks') {
        $start.ArgumentList.Add($argument)
    }
    $start.RedirectStandardOutput = $true
    $start.RedirectStandardInput = $true
    $qemu = [Diagnostics.Process]::Start($start)
    $results = [ordered]@{}
    try {
        while ($null -ne ($line = $qemu.StandardOutput.ReadLine())) {
            if ($line -match 'bench: ([a-z0-9-]+): (\d+) (\S+)$') { $results[$Matches[1]] = "$($Matches[2]) $($Matches[3])" }
            if ($line.Contains('KERNEL PANIC')) { throw "bench: the $Arch kernel panicked: $line" }
        }
    } finally {
        if (-not $qemu.HasExited) { $qemu.Kill() }
        $qemu.WaitForExit()
    }
    if ($qemu.ExitCode -ne 0) { throw "bench: the $Arch kernel ended with status $($qemu.ExitCode)" }
    return $results
}

$disk = Get-RivetScratchDisk $Root
$columns = @()
foreach ($arch in 'rv64', 'rv32') {
    $elf = Build-RivetKernel $Root $arch $Configuration
    foreach ($smp in 1, 4) {
        Write-Host "bench: $arch, $smp hart(s)"
        $columns += [pscustomobject]@{ Name = "$arch, $smp hart$(if ($smp -gt 1) { 's' })"; Results = (Invoke-TaskBenchmark $arch $elf $disk $smp) }
    }
}

$names = @($columns | ForEach-Object { $_.Results.Keys } | Select-Object -Unique)
$header = '| measurement | ' + (($columns | ForEach-Object { $_.Name }) -join ' | ') + ' |'
$rule = '|---|' + (($columns | ForEach-Object { '---:' }) -join '|') + '|'
$lines = @($header, $rule)
foreach ($name in $names) {
    $cells = $columns | ForEach-Object { if ($_.Results.Contains($name)) { $_.Results[$name] } else { '–' } }
    $lines += "| $name | " + ($cells -join ' | ') + ' |'
}

$table = $lines -join "`n"
New-Item -ItemType Directory -Force (Join-Path $Root 'artifacts/bench') | Out-Null
Set-Content (Join-Path $Root 'artifacts/bench/tasks.md') $table
Write-Host ''
Write-Host $table
