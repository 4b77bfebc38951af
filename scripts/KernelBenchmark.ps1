# The in-kernel benchmarks (bench/tasks, bench/disk): boots the kernel with a rivet.bench=… boot
# argument on rv64 and rv32, with 1 and 4 harts, collects the `bench: <name>: <value> <unit>` lines
# the kernel prints (kernel/Log/SuiteReport.cs), prints them as a Markdown table and writes it to
# artifacts/bench/<suite>.md; docs/benchmarks.md records the results with machine and date.
. (Join-Path $PSScriptRoot 'Kernel.ps1')

# One boot: the kernel runs the benchmark as tasks and powers off; returns name → "value unit".
function Invoke-RivetBenchmarkBoot([string] $Arch, [string] $Elf, [string] $Disk, [int] $Smp, [string] $Memory, [string] $BootArguments) {
    $start = [Diagnostics.ProcessStartInfo]::new((Get-RivetQemu $Arch))
    foreach ($argument in (Get-RivetMachineArguments $Elf $Disk $Smp $Memory) + '-nographic', '-append', $BootArguments) {
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

function Invoke-RivetKernelBenchmark([string] $Root, [string] $Configuration, [string] $Suite, [string] $BootArguments, [string] $Memory = '256M') {
    $disk = Get-RivetScratchDisk $Root
    $columns = @()
    foreach ($arch in 'rv64', 'rv32') {
        $elf = Build-RivetKernel $Root $arch $Configuration
        foreach ($smp in 1, 4) {
            Write-Host "bench: $arch, $smp hart(s)"
            $columns += [pscustomobject]@{ Name = "$arch, $smp hart$(if ($smp -gt 1) { 's' })"; Results = (Invoke-RivetBenchmarkBoot $arch $elf $disk $smp $Memory $BootArguments) }
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
    Set-Content (Join-Path $Root "artifacts/bench/$Suite.md") $table
    Write-Host ''
    Write-Host $table
}
