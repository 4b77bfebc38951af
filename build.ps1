<#
.SYNOPSIS
    Rivet's one entry point: setup, build, test, compile, run, debug, bench.

.DESCRIPTION
    Run it through the PowerShell that the repository pins as a local dotnet tool:
        dotnet tool restore
        dotnet pwsh build.ps1 <command> [options]

    setup    install what Rivet needs (Debian packages, local dotnet tools) when missing
    build    build the toolchain, runtime and tests (Release)
    test     setup, build, run every test project; ends with "tests: N passed, N failed, N skipped"
    compile  compile C# files into a program:  compile -Target host|rv64-linux|rv32-linux -Out prog a.cs b.cs
    run      build and boot the kernel in QEMU:  run [-Arch rv64|rv32] [-Smp N] [-Memory 128M]; Ctrl-A X leaves
    debug    the same, halted with a gdb server on :1234, and gdb-multiarch attached with the kernel's symbols
    bench    run a benchmark suite:  bench compiler | bench boot | bench tasks | bench disk
#>
[CmdletBinding(PositionalBinding = $false)]
param(
    [Parameter(Position = 0)]
    [ValidateSet('setup', 'build', 'test', 'compile', 'run', 'debug', 'bench')]
    [string] $Command = 'build',

    [ValidateSet('host', 'rv64-linux', 'rv32-linux', 'rv64-kernel', 'rv32-kernel')]
    [string] $Target = 'host',
    [string] $Out,
    [ValidateSet('rv64', 'rv32')]
    [string] $Arch = 'rv64',
    [ValidateRange(1, 8)]
    [int] $Smp = 1,
    [string] $Memory = '128M',
    [string] $Configuration = 'Release',
    # Extra arguments: the C# files for `compile`, the suite for `bench`, a filter for `test`.
    [Parameter(ValueFromRemainingArguments = $true)]
    [string[]] $Rest = @()
)

$ErrorActionPreference = 'Stop'
Set-StrictMode -Version Latest
$Root = $PSScriptRoot
. (Join-Path $Root 'scripts/Setup.ps1')
. (Join-Path $Root 'scripts/Test.ps1')
. (Join-Path $Root 'scripts/Kernel.ps1')

function Invoke-Native {
    param([string] $File, [string[]] $Arguments)
    & $File @Arguments
    if ($LASTEXITCODE -ne 0) { throw "$File $($Arguments -join ' ') failed with exit status $LASTEXITCODE" }
}

function Get-RivetcPath {
    Join-Path $Root "compiler/rivetc/bin/$Configuration/net10.0/rivetc.dll"
}

function Build-Toolchain {
    Invoke-Native dotnet @('build', (Join-Path $Root 'compiler/rivetc'), '-c', $Configuration, '-nologo', '-v', 'quiet')
}

switch ($Command) {
    'setup' { Install-RivetPrerequisites }
    'build' {
        Install-RivetPrerequisites
        Invoke-Native dotnet @('build', (Join-Path $Root 'Rivet.slnx'), '-c', $Configuration, '-nologo')
    }
    'test' {
        Install-RivetPrerequisites
        $failed = Invoke-RivetTests -Root $Root -Configuration $Configuration -Filter ($Rest -join ' ')
        exit ([int]($failed -gt 0))
    }
    'compile' {
        if (-not $Out) { throw 'compile needs -Out <file>' }
        if ($Rest.Count -eq 0) { throw 'compile needs at least one .cs file' }
        if ($Target -ne 'host') { Install-RivetPrerequisites }
        Build-Toolchain
        $sources = @($Rest | ForEach-Object { (Resolve-Path $_).Path })
        & dotnet (Get-RivetcPath) compile --target $Target --out $Out @sources
        exit $LASTEXITCODE
    }
    'bench' {
        $suite = if ($Rest.Count -gt 0) { $Rest[0] } else { 'compiler' }
        $script = Join-Path $Root "bench/$suite/Run-Benchmark.ps1"
        if (-not (Test-Path $script)) { throw "No benchmark suite '$suite' (looked for $script)" }
        Install-RivetPrerequisites
        & $script -Root $Root -Configuration $Configuration
        exit $LASTEXITCODE
    }
    'run' {
        Install-RivetPrerequisites
        Start-RivetKernel -Root $Root -Arch $Arch -Smp $Smp -Memory $Memory -Configuration $Configuration
        exit $LASTEXITCODE
    }
    'debug' {
        Install-RivetPrerequisites
        Debug-RivetKernel -Root $Root -Arch $Arch -Smp $Smp -Memory $Memory -Configuration $Configuration
    }
}
