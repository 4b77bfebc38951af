# The boot benchmark: for rv64 and rv32, the clean build time of the kernel (Roslyn, rivetc, GCC;
# corlib, generators and rivetc themselves already built) and the time from starting QEMU to the
# kernel's banner line, best and median of Runs boots. Prints a Markdown table and writes it to
# artifacts/bench/boot.md; docs/benchmarks.md records the results with machine and date.
param(
    [Parameter(Mandatory)] [string] $Root,
    [string] $Configuration = 'Release',
    [int] $Runs = 5,
    [int] $Smp = 1,
    [string] $Memory = '128M'
)
$ErrorActionPreference = 'Stop'
Set-StrictMode -Version Latest
. (Join-Path $Root 'scripts/Kernel.ps1')

# KernelMain's banner starts with this; the first line that has it ends the measurement.
$Banner = 'Rivet kernel, '

# Seconds from QEMU's start to the banner line on the serial console.
function Measure-Boot([string] $Arch, [string] $Elf, [string] $Disk) {
    $start = [Diagnostics.ProcessStartInfo]::new((Get-RivetQemu $Arch))
    foreach ($argument in (Get-RivetMachineArguments $Elf $Disk $Smp $Memory) + '-nographic') { $start.ArgumentList.Add($argument) }
    $start.RedirectStandardOutput = $true
    $start.RedirectStandardInput = $true
    $watch = [Diagnostics.Stopwatch]::StartNew()
    $qemu = [Diagnostics.Process]::Start($start)
    try {
        while ($null -ne ($line = $qemu.StandardOutput.ReadLine())) {
            if ($line.Contains($Banner)) { return $watch.Elapsed.TotalSeconds }
        }
        throw "bench: the $Arch kernel ended without printing its banner"
    } finally {
        if (-not $qemu.HasExited) { $qemu.Kill() }
        $qemu.WaitForExit()
    }
}

$disk = Get-RivetScratchDisk $Root
$lines = @(
    "| arch | clean kernel build (s) | QEMU start → banner, best of $Runs (s) | median (s) |",
    '|---|---:|---:|---:|'
)
foreach ($arch in 'rv64', 'rv32') {
    Write-Host "bench: $arch"
    Remove-Item -Recurse -Force (Join-Path $Root "kernel/bin/$Configuration/$arch"), (Join-Path $Root 'kernel/obj') -ErrorAction SilentlyContinue
    $watch = [Diagnostics.Stopwatch]::StartNew()
    $elf = Build-RivetKernel $Root $arch $Configuration
    $build = $watch.Elapsed.TotalSeconds

    $boots = @(1..$Runs | ForEach-Object { Measure-Boot $arch $elf $disk } | Sort-Object)
    $lines += '| {0} | {1:F1} | {2:F3} | {3:F3} |' -f $arch, $build, $boots[0], $boots[[int][Math]::Floor($boots.Count / 2)]
}

$table = $lines -join "`n"
New-Item -ItemType Directory -Force (Join-Path $Root 'artifacts/bench') | Out-Null
Set-Content (Join-Path $Root 'artifacts/bench/boot.md') $table
Write-Host ''
Write-Host $table
