# Installs what Rivet needs when it is missing: the Debian packages of the RISC-V toolchain and
# QEMU, and the repository's local dotnet tools. Safe to run repeatedly; does nothing when all is there.

# Each command (or, for a library, a file) Rivet needs, and the Debian package that provides it.
$script:RivetPackages = [ordered]@{
    'riscv64-unknown-elf-gcc' = 'gcc-riscv64-unknown-elf'
    # picolibc's OS-free functions (memcpy, libm) for the RISC-V targets; the GCC package has no C library.
    '/usr/lib/picolibc/riscv64-unknown-elf/lib/libc.a' = 'picolibc-riscv64-unknown-elf'
    'qemu-riscv64'            = 'qemu-user'
    'qemu-riscv32'            = 'qemu-user'
    'qemu-system-riscv64'     = 'qemu-system-misc'
    'qemu-system-riscv32'     = 'qemu-system-misc'
    'gdb-multiarch'           = 'gdb-multiarch'
    'mke2fs'                  = 'e2fsprogs'
}

function Test-RivetCommand([string] $Name) {
    if ($Name.StartsWith('/')) { return (Test-Path $Name) }
    # mke2fs lives in /sbin, which a non-login shell may not have on PATH.
    [bool](Get-Command $Name -ErrorAction SilentlyContinue) -or (Test-Path "/sbin/$Name") -or (Test-Path "/usr/sbin/$Name")
}

function Invoke-AsRoot([string[]] $Arguments) {
    if ((& id -u) -ne '0') { $Arguments = @('sudo') + $Arguments }
    & $Arguments[0] @($Arguments | Select-Object -Skip 1)
    if ($LASTEXITCODE -ne 0) { throw "setup: $($Arguments -join ' ') failed with exit status $LASTEXITCODE" }
}

function Install-RivetPrerequisites {
    $missing = @($script:RivetPackages.Keys | Where-Object { -not (Test-RivetCommand $_) } |
        ForEach-Object { $script:RivetPackages[$_] } | Select-Object -Unique)
    if ($missing.Count -gt 0) {
        Write-Host "setup: installing $($missing -join ', ')"
        $env:DEBIAN_FRONTEND = 'noninteractive'
        Invoke-AsRoot @('apt-get', 'update', '-qq')
        Invoke-AsRoot (@('apt-get', 'install', '-y', '-qq') + $missing)
    }
    & dotnet tool restore | Out-Null
    if ($LASTEXITCODE -ne 0) { throw 'setup: dotnet tool restore failed' }
}
