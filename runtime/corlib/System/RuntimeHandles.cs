namespace System
{
    /// <summary>ldtoken results: the type descriptor's address, or a field's RVA data address.</summary>
    public partial struct RuntimeTypeHandle
    {
        private readonly nint _value;
        internal RuntimeTypeHandle(nint value) { _value = value; }
        public nint Value => _value;
    }

    public partial struct RuntimeFieldHandle
    {
        private readonly nint _value;
        public nint Value => _value;
    }

    public partial struct RuntimeMethodHandle
    {
        private readonly nint _value;
        public nint Value => _value;
    }
}
