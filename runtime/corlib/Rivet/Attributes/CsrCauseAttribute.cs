using System;

namespace Rivet
{
    /// <summary>
    /// Marks a CSR declared with <see cref="CsrAttribute"/> as a cause register (scause, mcause;
    /// privileged spec 4.1.8 / 3.1.15): bit XLEN-1 says interrupt, the other bits are the code.
    /// The generator adds <c>IsInterrupt</c>, <c>Code</c>, and the code read as
    /// <paramref name="interruptType"/> or <paramref name="exceptionType"/>.
    /// </summary>
    [AttributeUsage(AttributeTargets.Struct, Inherited = false)]
    public sealed class CsrCauseAttribute : Attribute
    {
        public CsrCauseAttribute(Type interruptType, Type exceptionType)
        {
            InterruptType = interruptType;
            ExceptionType = exceptionType;
        }

        public Type InterruptType { get; }
        public Type ExceptionType { get; }
    }
}
