using System.Threading.Tasks;
using Xunit;
using Verify = Rivet.Analyzers.Tests.Infrastructure.AnalyzerVerifier<Rivet.Analyzers.InterruptContext.InterruptContextAnalyzer>;

namespace Rivet.Analyzers.Tests
{
    /// <summary>
    /// RIVET002: allocation in code reachable from a handler. Each case puts the construct two
    /// calls away from the handler (handler → First → Second), so reachability is exercised too.
    /// </summary>
    public class AllocationTests
    {
        private static string Reached(string members, string second) => $$"""
            using System;
            class Traps
            {
                [Rivet.TrapHandler]
                static void OnTrap() => Path.First();
            }
            static class Path
            {
                public static void First() => Second();
                static void Second()
                {
                    {{second}}
                }
                {{members}}
            }
            interface IShape { int Area(); }
            struct Square : IShape { public int Side; public int Area() => Side * Side; }
            sealed class Node { }
            """;

        [Theory]
        [InlineData("var node = {|#0:new Node()|};", "'new Node'")]
        [InlineData("var numbers = {|#0:new int[4]|};", "'new int[]'")]
        [InlineData("object boxed = {|#0:42|};", "Boxing 'int' to 'object'")]
        [InlineData("Measure({|#0:new Square()|});", "Boxing 'Square' to 'IShape'")]
        [InlineData("string s = {|#0:Name() + \"!\"|};", "String concatenation")]
        [InlineData("string s = {|#0:$\"{Name()}!\"|};", "String interpolation")]
        [InlineData("Action a = {|#0:() => { }|};", "A lambda (its delegate and any closure)")]
        [InlineData("Action a = {|#0:First|};", "A method group converted to a delegate")]
        [InlineData("{|#0:Sum(1, 2, 3)|};", "The params array of this call")]
        public Task Allocating_construct_reached_through_two_calls_is_reported(string statement, string what) => Verify.VerifyAsync(
            Reached("""
                static void Measure(IShape shape) { }
                static string Name() => "n";
                static int Sum(params int[] values) => 0;
                """, statement),
            Verify.Diagnostic("RIVET002").WithLocation(0).WithArguments(what, "handler 'Traps.OnTrap' via Path.First → Path.Second"));

        [Fact]
        public Task Iterator_reached_from_a_handler_is_reported() => Verify.VerifyAsync(
            Reached("""
                static System.Collections.Generic.IEnumerable<int> {|#0:Numbers|}() { yield return 1; }
                """, "Numbers();"),
            Verify.Diagnostic("RIVET002").WithLocation(0).WithArguments("iterator 'Numbers'", "handler 'Traps.OnTrap' via Path.First → Path.Second → Path.Numbers"));

        [Fact]
        public Task Async_method_reached_from_a_handler_is_reported() => Verify.VerifyAsync(
            Reached("""
                static async Kernel.Tasks.Job {|#0:Flush|}() { await default(Kernel.Tasks.Job); }
                """, "Flush();"),
            Verify.Diagnostic("RIVET002").WithLocation(0).WithArguments("async method 'Flush'", "handler 'Traps.OnTrap' via Path.First → Path.Second → Path.Flush"));

        [Theory]
        [InlineData("var square = new Square { Side = 2 };")]
        [InlineData("int[] none = null;")]
        [InlineData("const string s = \"a\" + \"b\";")]
        [InlineData("int area = Area(new Square());")]
        [InlineData("Local(); static void Local() { }")]
        public Task Non_allocating_construct_is_allowed(string statement) => Verify.VerifyAsync(
            Reached("""
                static int Area<T>(T shape) where T : struct, IShape => shape.Area();
                """, statement));

        [Fact]
        public Task Interface_call_reaches_every_implementation() => Verify.VerifyAsync("""
            interface IDevice { void Interrupt(); }
            sealed class Uart : IDevice { public void Interrupt() { } }
            sealed class Disk : IDevice { public void Interrupt() { var request = {|#0:new Request()|}; } }
            sealed class Request { }
            class Traps
            {
                static IDevice Device;

                [Rivet.InterruptHandler]
                static void OnExternal() => Dispatch(Device);

                static void Dispatch(IDevice device) => device.Interrupt();
            }
            """,
            Verify.Diagnostic("RIVET002").WithLocation(0).WithArguments("'new Request'", "handler 'Traps.OnExternal' via Traps.Dispatch → IDevice.Interrupt → Disk.Interrupt"));

        [Fact]
        public Task Virtual_call_reaches_overrides() => Verify.VerifyAsync("""
            abstract class Driver { public abstract void Poll(); }
            sealed class Timer : Driver { public override void Poll() { object boxed = {|#0:1|}; } }
            class Traps
            {
                static Driver Current;

                [Rivet.TrapHandler]
                static void OnTrap() => Current.Poll();
            }
            """,
            Verify.Diagnostic("RIVET002").WithLocation(0).WithArguments("Boxing 'int' to 'object'", "handler 'Traps.OnTrap' via Driver.Poll → Timer.Poll"));

        [Fact]
        public Task Allocation_not_reachable_from_a_handler_is_allowed() => Verify.VerifyAsync("""
            class Traps
            {
                [Rivet.TrapHandler]
                static void OnTrap() => Counter.Value++;

                static object Make() => new object();
            }
            static class Counter { public static int Value; }
            """);
    }
}
