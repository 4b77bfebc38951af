# Boots the kernel in QEMU (`build.ps1 run`) or halted under gdb (`build.ps1 debug`): the machine is
# qemu-system-riscv64/32 -machine virt -bios none (docs/kernel.md) with a virtio-blk disk attached.

function Build-RivetKernel([string] $Root, [string] $Arch, [string] $Configuration) {
    & dotnet build (Join-Path $Root 'kernel') -c $Configuration "-p:Arch=$Arch" -nologo -v quiet | Out-Host
    if ($LASTEXITCODE -ne 0) { throw "the kernel build for $Arch failed" }
    # Rivet.Kernel.csproj's RivetKernelElf.
    $elf = Join-Path $Root "kernel/bin/$Configuration/$Arch/kernel.elf"
    if (-not (Test-Path $elf)) { throw "the kernel build did not produce $elf" }
    $elf
}

# The disk the virtio-blk device serves: a raw image under artifacts/, created (zeroed, sparse) when absent.
function Get-RivetScratchDisk([string] $Root, [long] $Bytes = 16MB) {
    $disk = Join-Path $Root 'artifacts/scratch-disk.img'
    if (-not (Test-Path $disk)) {
        New-Item -ItemType Directory -Force (Split-Path $disk) | Out-Null
        $stream = [IO.File]::Create($disk)
        try { $stream.SetLength($Bytes) } finally { $stream.Dispose() }
    }
    $disk
}

function Get-RivetQemu([string] $Arch) {
    if ($Arch -eq 'rv32') { 'qemu-system-riscv32' } else { 'qemu-system-riscv64' }
}

# The machine every run uses; the console is added by the caller.
function Get-RivetMachineArguments([string] $Elf, [string] $Disk, [int] $Smp, [string] $Memory) {
    @('-machine', 'virt', '-bios', 'none', '-smp', "$Smp", '-m', $Memory, '-kernel', $Elf,
        # virtio 1.x register layout (virtio-mmio version 2), not the legacy one.
        '-global', 'virtio-mmio.force-legacy=false',
        '-drive', "file=$Disk,if=none,format=raw,id=scratch",
        '-device', 'virtio-blk-device,drive=scratch')
}

# `run`: the serial console is this terminal (QEMU's output is not captured, so it stays a tty);
# Ctrl-A X leaves QEMU. $LASTEXITCODE is then QEMU's exit status (the kernel's, through sifive_test).
function Start-RivetKernel([string] $Root, [string] $Arch, [int] $Smp, [string] $Memory, [string] $Configuration) {
    $elf = Build-RivetKernel $Root $Arch $Configuration
    $disk = Get-RivetScratchDisk $Root
    Write-Host "run: $Arch, $Smp hart(s), $Memory; Ctrl-A X leaves QEMU"
    & (Get-RivetQemu $Arch) @((Get-RivetMachineArguments $elf $disk $Smp $Memory) + '-nographic')
}

# `debug`: QEMU starts halted with a gdb server on :1234 (-s -S) and its console in a log file, so
# gdb-multiarch owns the terminal. The ELF's line table maps to the C# sources (#line), so
# `break KernelMain.cs:NN` works. QEMU ends with gdb.
function Debug-RivetKernel([string] $Root, [string] $Arch, [int] $Smp, [string] $Memory, [string] $Configuration) {
    $elf = Build-RivetKernel $Root $Arch $Configuration
    $disk = Get-RivetScratchDisk $Root
    $console = Join-Path $Root "artifacts/kernel-$Arch-console.log"
    $arguments = (Get-RivetMachineArguments $elf $disk $Smp $Memory) +
        @('-display', 'none', '-monitor', 'none', '-serial', "file:$console", '-s', '-S')
    # In a session of its own, so the Ctrl-C that interrupts the kernel in gdb does not also end QEMU
    # (setsid execs QEMU in place: the process id stays QEMU's).
    $start = [Diagnostics.ProcessStartInfo]::new('setsid')
    foreach ($argument in @(Get-RivetQemu $Arch) + $arguments) { $start.ArgumentList.Add($argument) }
    $qemu = [Diagnostics.Process]::Start($start)
    Write-Host "debug: QEMU halted at reset with a gdb server on :1234; the kernel's console goes to $console"
    try {
        & gdb-multiarch -q $elf -ex 'target remote :1234'
    } finally {
        if (-not $qemu.HasExited) { $qemu.Kill() }
        $qemu.Dispose()
    }
}
