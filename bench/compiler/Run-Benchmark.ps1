# The compiler benchmark: each program in programs/ built three ways on this machine — Rivet `host`
# (-O2), Microsoft NativeAOT (linux-x64) and CoreCLR — run Runs times each, best wall time kept.
# All three must print the same output, or the row reports the mismatch instead of a time.
# Also times compiling and linking hello world with Rivet. Prints a Markdown table and writes it to
# artifacts/bench/compiler.md; docs/benchmarks.md records the results with machine and date.
param(
    [Parameter(Mandatory)] [string] $Root,
    [string] $Configuration = 'Release',
    [int] $Runs = 3
)
$ErrorActionPreference = 'Stop'
Set-StrictMode -Version Latest

$work = Join-Path $Root 'artifacts/bench/compiler'
New-Item -ItemType Directory -Force $work | Out-Null
$rivetc = Join-Path $Root "compiler/rivetc/bin/$Configuration/net10.0/rivetc.dll"

& dotnet build (Join-Path $Root 'compiler/rivetc') -c $Configuration -nologo -v quiet | Out-Host
if ($LASTEXITCODE -ne 0) { throw 'bench: building rivetc failed' }

function Measure-Seconds([scriptblock] $Block) {
    $watch = [Diagnostics.Stopwatch]::StartNew()
    & $Block
    $watch.Elapsed.TotalSeconds
}

# Runs a program $Runs times; returns the best wall time and the output of the first run.
function Measure-Program([string] $File, [string[]] $Arguments) {
    $best = [double]::MaxValue
    $output = $null
    for ($i = 0; $i -lt $Runs; $i++) {
        $watch = [Diagnostics.Stopwatch]::StartNew()
        $text = (& $File @Arguments | Out-String)
        $seconds = $watch.Elapsed.TotalSeconds
        if ($LASTEXITCODE -ne 0) { throw "bench: $File exited with $LASTEXITCODE" }
        if ($null -eq $output) { $output = $text }
        $best = [Math]::Min($best, $seconds)
    }
    [pscustomobject]@{ Seconds = $best; Output = $output }
}

# A throwaway project that compiles one program for CoreCLR or NativeAOT.
function New-DotnetProject([string] $Name, [string] $Source, [bool] $Aot) {
    $dir = Join-Path $work "$Name-$(if ($Aot) { 'aot' } else { 'coreclr' })"
    New-Item -ItemType Directory -Force $dir | Out-Null
    $aotProperty = if ($Aot) { '<PublishAot>true</PublishAot><IlcOptimizationPreference>Speed</IlcOptimizationPreference>' } else { '' }
    @"
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <OutputType>Exe</OutputType><TargetFramework>net10.0</TargetFramework><AssemblyName>$Name</AssemblyName>
    <Nullable>enable</Nullable><AllowUnsafeBlocks>true</AllowUnsafeBlocks><InvariantGlobalization>true</InvariantGlobalization>
    <EnableDefaultCompileItems>false</EnableDefaultCompileItems>$aotProperty
  </PropertyGroup>
  <ItemGroup><Compile Include="$Source" /></ItemGroup>
</Project>
"@ | Set-Content (Join-Path $dir "$Name.csproj")
    # Keep this throwaway project out of the repository's Directory.Build.props.
    '<Project />' | Set-Content (Join-Path $dir 'Directory.Build.props')
    $dir
}

$rows = @()
foreach ($program in Get-ChildItem (Join-Path $PSScriptRoot 'programs') -Filter '*.cs' | Sort-Object Name) {
    $name = $program.BaseName
    Write-Host "bench: $name"

    $rivetExe = Join-Path $work "$name-rivet"
    & dotnet $rivetc compile --target host -O 2 --out $rivetExe $program.FullName | Out-Host
    if ($LASTEXITCODE -ne 0) { $rows += [pscustomobject]@{ Name = $name; Note = 'Rivet could not compile it' }; continue }
    $rivet = Measure-Program $rivetExe @()

    $aotDir = New-DotnetProject $name $program.FullName $true
    & dotnet publish $aotDir -c Release -r linux-x64 -o (Join-Path $aotDir 'out') -nologo -v quiet | Out-Host
    if ($LASTEXITCODE -ne 0) { throw "bench: NativeAOT publish of $name failed" }
    $aot = Measure-Program (Join-Path $aotDir "out/$name") @()

    $clrDir = New-DotnetProject $name $program.FullName $false
    & dotnet build $clrDir -c Release -o (Join-Path $clrDir 'out') -nologo -v quiet | Out-Host
    if ($LASTEXITCODE -ne 0) { throw "bench: CoreCLR build of $name failed" }
    $clr = Measure-Program 'dotnet' @((Join-Path $clrDir "out/$name.dll"))

    $note = if ($rivet.Output -ne $clr.Output -or $aot.Output -ne $clr.Output) { 'OUTPUT DIFFERS from CoreCLR' } else { '' }
    $rows += [pscustomobject]@{
        Name = $name; Rivet = $rivet.Seconds; NativeAot = $aot.Seconds; CoreClr = $clr.Seconds; Note = $note
    }
}

$hello = Join-Path $work 'Hello.cs'
'public static class Hello { public static void Main() => System.Console.WriteLine("Hello, world!"); }' | Set-Content $hello
$helloTimes = foreach ($target in 'host', 'rv64-linux', 'rv32-linux') {
    $best = [double]::MaxValue
    for ($i = 0; $i -lt $Runs; $i++) {
        $seconds = Measure-Seconds { & dotnet $rivetc compile --target $target -O 2 --out (Join-Path $work "hello-$target") $hello | Out-Host }
        if ($LASTEXITCODE -ne 0) { throw "bench: compiling hello world for $target failed" }
        $best = [Math]::Min($best, $seconds)
    }
    [pscustomobject]@{ Target = $target; Seconds = $best }
}

$lines = @(
    "| program | Rivet host -O2 (s) | NativeAOT (s) | CoreCLR (s) | Rivet / NativeAOT | note |",
    "|---|---:|---:|---:|---:|---|"
)
foreach ($row in $rows) {
    if ($row.PSObject.Properties['Rivet']) {
        $lines += "| {0} | {1:F3} | {2:F3} | {3:F3} | {4:F2} | {5} |" -f $row.Name, $row.Rivet, $row.NativeAot, $row.CoreClr, ($row.Rivet / $row.NativeAot), $row.Note
    } else {
        $lines += "| {0} | | | | | {1} |" -f $row.Name, $row.Note
    }
}
$lines += ''
$lines += '| hello world, `rivetc compile` (Roslyn + IL→C + GCC -O2 + link) | best of {0} (s) |' -f $Runs
$lines += '|---|---:|'
foreach ($h in $helloTimes) { $lines += "| {0} | {1:F2} |" -f $h.Target, $h.Seconds }

$table = $lines -join "`n"
Set-Content (Join-Path $Root 'artifacts/bench/compiler.md') $table
Write-Host ''
Write-Host $table
