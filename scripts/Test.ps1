# Runs every test project (tests/*/*Tests.csproj) after one build of the solution, and sums the
# results into one closing line: "tests: N passed, N failed, N skipped".

function Get-TrxCounts([string] $TrxPath) {
    [xml] $trx = Get-Content -Raw $TrxPath
    $c = $trx.TestRun.ResultSummary.Counters
    [pscustomobject]@{ Passed = [int]$c.passed; Failed = [int]$c.failed + [int]$c.error + [int]$c.timeout; Skipped = [int]$c.notExecuted }
}

function Invoke-RivetTests([string] $Root, [string] $Configuration, [string] $Filter) {
    $projects = Get-ChildItem (Join-Path $Root 'tests') -Filter '*Tests.csproj' -Recurse | Sort-Object Name
    # Tests run with --no-build after one build of the solution, so every test project must be in it.
    $solution = Get-Content -Raw (Join-Path $Root 'Rivet.slnx')
    foreach ($project in $projects) {
        $relative = [IO.Path]::GetRelativePath($Root, $project.FullName).Replace('\', '/')
        if (-not $solution.Contains("`"$relative`"")) { throw "test: $relative is not in Rivet.slnx (dotnet sln Rivet.slnx add $relative)" }
    }

    & dotnet build (Join-Path $Root 'Rivet.slnx') -c $Configuration -nologo -v quiet | Out-Host
    if ($LASTEXITCODE -ne 0) { throw 'test: the build failed' }

    $results = Join-Path $Root 'artifacts/test-results'
    Remove-Item -Recurse -Force $results -ErrorAction SilentlyContinue
    $total = [pscustomobject]@{ Passed = 0; Failed = 0; Skipped = 0 }
    foreach ($project in $projects) {
        $name = $project.BaseName
        $arguments = @('test', $project.FullName, '-c', $Configuration, '--no-build', '-nologo',
            '--results-directory', $results, '--logger', "trx;LogFileName=$name.trx", '--logger', 'console;verbosity=normal')
        if ($Filter) { $arguments += @('--filter', $Filter) }
        & dotnet @arguments | Out-Host
        $exit = $LASTEXITCODE
        $trx = Join-Path $results "$name.trx"
        if (Test-Path $trx) {
            $counts = Get-TrxCounts $trx
        } else {
            # No results at all (the test host crashed): count the project as one failure.
            $counts = [pscustomobject]@{ Passed = 0; Failed = 1; Skipped = 0 }
        }
        if ($exit -ne 0 -and $counts.Failed -eq 0) { $counts.Failed = 1 }
        Write-Host ("{0}: {1} passed, {2} failed, {3} skipped" -f $name, $counts.Passed, $counts.Failed, $counts.Skipped)
        $total.Passed += $counts.Passed; $total.Failed += $counts.Failed; $total.Skipped += $counts.Skipped
    }
    Write-Host ''
    Write-Host ("tests: {0} passed, {1} failed, {2} skipped" -f $total.Passed, $total.Failed, $total.Skipped)
    if ($total.Passed + $total.Failed -eq 0) { throw 'test: no test ran' }
    return $total.Failed
}
