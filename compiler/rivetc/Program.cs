using System.CommandLine;
using Rivet.Compiler;
using Rivet.Compiler.FrontEnd;
using Rivet.Compiler.Targets;

// rivetc: C# or IL → C → executable for a Rivet target (docs/runtime-abi.md).
var targetOption = new Option<string>("--target") { Description = "host, rv64-linux, rv32-linux, rv64-kernel or rv32-kernel", DefaultValueFactory = _ => "host" };
var outOption = new Option<string>("--out") { Description = "the executable to write", Required = true };
var optimizeOption = new Option<int>("--optimize", "-O") { Description = "GCC optimization level", DefaultValueFactory = _ => 2 };
var emitCOption = new Option<string?>("--emit-c") { Description = "keep the generated C at this path" };
var noDebugInfoOption = new Option<bool>("--no-debug-info") { Description = "leave out GCC's debug information (-g): the same code, built faster, but gdb shows no C# lines (not for kernel images)" };
var sourcesArgument = new Argument<string[]>("files") { Description = "C# source files, compiled as one program", Arity = ArgumentArity.OneOrMore };
var assemblyOption = new Option<string>("--assembly") { Description = "the IL assembly with the entry point", Required = true };
var nativeSourceOption = new Option<string[]>("--native-source") { Description = "a C or assembly file linked into the program (repeatable)", DefaultValueFactory = _ => [] };

string toolDirectory = AppContext.BaseDirectory;
string corlibPath = Path.Combine(toolDirectory, "corlib", "System.Private.CoreLib.dll");
string nativeDirectory = Path.Combine(toolDirectory, "runtime", "native");

int Run(Func<Target, GeneratedProgram> generate, ParseResult result)
{
    if (!File.Exists(corlibPath))
    {
        Console.Error.WriteLine($"rivetc: error: its runtime library is missing: {corlibPath} (building rivetc puts it there)");
        return 2;
    }
    try
    {
        var target = Target.Get(result.GetValue(targetOption)!);
        var generated = generate(target);
        RivetCompilation.Link(generated, target, result.GetValue(outOption)!, result.GetValue(optimizeOption), nativeDirectory,
            result.GetValue(emitCOption), result.GetValue(nativeSourceOption) ?? [], debugInfo: !result.GetValue(noDebugInfoOption));
        return 0;
    }
    catch (CompileError e)
    {
        Console.Error.WriteLine($"rivetc: error: {e.Message}");
        if (Environment.GetEnvironmentVariable("RIVETC_TRACE") == "1") Console.Error.WriteLine(e.StackTrace);
        return 1;
    }
    catch (ToolchainException e)
    {
        Console.Error.WriteLine($"rivetc: toolchain error: {e.Message}");
        return 2;
    }
    catch (ArgumentException e)
    {
        Console.Error.WriteLine($"rivetc: error: {e.Message}");
        return 1;
    }
}

var compile = new Command("compile", "compile C# files as one program") { targetOption, outOption, optimizeOption, emitCOption, noDebugInfoOption, sourcesArgument };
compile.SetAction(result => Run(target => RivetCompilation.GenerateCFromSources(result.GetValue(sourcesArgument)!, corlibPath, target), result));

var link = new Command("link", "compile an existing IL assembly (e.g. kernel.dll)") { targetOption, outOption, optimizeOption, emitCOption, assemblyOption, nativeSourceOption };
link.SetAction(result => Run(target => RivetCompilation.GenerateC(new AssemblySet(result.GetValue(assemblyOption)!, corlibPath), target), result));

var root = new RootCommand("rivetc: Rivet's IL→C compiler") { compile, link };
return root.Parse(args).Invoke();
