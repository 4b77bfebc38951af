using Mono.Cecil.Cil;

namespace Rivet.Compiler.Emit;

/// <summary>The protected regions of a method body (ECMA-335 II.19): handlers that share one try
/// range form one <see cref="TryBlock"/>, which becomes one exception frame in C.</summary>
internal sealed class ExceptionRegions
{
    public sealed class TryBlock
    {
        public required int Id { get; init; }
        public required int Start { get; init; }
        public required int End { get; init; }
        public List<ExceptionHandler> Handlers { get; } = new();
        public bool Contains(int offset) => offset >= Start && offset < End;
        public bool IsFinallyOrFault => Handlers[0].HandlerType is ExceptionHandlerType.Finally or ExceptionHandlerType.Fault;
    }

    public List<TryBlock> Tries { get; } = new();

    public ExceptionRegions(MethodBody body)
    {
        foreach (var h in body.ExceptionHandlers)
        {
            int start = h.TryStart.Offset, end = h.TryEnd?.Offset ?? int.MaxValue;
            var block = Tries.FirstOrDefault(t => t.Start == start && t.End == end);
            if (block == null)
            {
                block = new TryBlock { Id = Tries.Count, Start = start, End = end };
                Tries.Add(block);
            }
            block.Handlers.Add(h);
        }
    }

    public static int HandlerEnd(ExceptionHandler h) => h.HandlerEnd?.Offset ?? int.MaxValue;
    public static bool InHandler(ExceptionHandler h, int offset) => offset >= h.HandlerStart.Offset && offset < HandlerEnd(h);
    public static bool InFilter(ExceptionHandler h, int offset) =>
        h.HandlerType == ExceptionHandlerType.Filter && offset >= h.FilterStart.Offset && offset < h.HandlerStart.Offset;

    /// <summary>Tries that start at an offset, outermost first.</summary>
    public List<TryBlock> StartingAt(int offset) =>
        Tries.Where(t => t.Start == offset).OrderByDescending(t => t.End - t.Start).ToList();

    /// <summary>The try blocks a leave from <paramref name="from"/> to <paramref name="to"/> exits, innermost first.</summary>
    public List<TryBlock> Exited(int from, int to) =>
        Tries.Where(t => t.Contains(from) && !t.Contains(to)).OrderBy(t => t.End - t.Start).ToList();

    /// <summary>The innermost catch or filter handler containing an offset (for rethrow).</summary>
    public TryBlock? CatchContaining(int offset) =>
        Tries.Where(t => t.Handlers.Any(h => InHandler(h, offset) || InFilter(h, offset)))
             .OrderBy(t => t.Handlers.Max(HandlerEnd) - t.Handlers.Min(h => h.HandlerStart.Offset)).FirstOrDefault();

    /// <summary>The try block whose finally or fault handler contains an offset, innermost first.</summary>
    public TryBlock? FinallyContaining(int offset) =>
        Tries.Where(t => t.IsFinallyOrFault && InHandler(t.Handlers[0], offset))
             .OrderBy(t => HandlerEnd(t.Handlers[0]) - t.Handlers[0].HandlerStart.Offset).FirstOrDefault();
}
