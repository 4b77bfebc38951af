namespace Rivet.Kernel.Tasks.SelfTest
{
    /// <summary>Spawning a group of tasks that run one entry (argument: their index) and joining them all.</summary>
    internal static unsafe class TaskGroup
    {
        public static KernelTask[] Spawn(string name, delegate*<nuint, void> entry, int count)
        {
            var tasks = new KernelTask[count];
            for (int i = 0; i < count; i++) tasks[i] = KernelTask.Spawn(name, entry, (nuint)i);
            return tasks;
        }

        /// <summary>Joins every task; each must have exited with 0, otherwise the suite fails with <paramref name="failure"/>.</summary>
        public static void JoinAll(KernelTask[] tasks, string failure)
        {
            for (int i = 0; i < tasks.Length; i++) Expect.True(tasks[i].Join() == 0, failure);
        }

        public static void Run(string name, delegate*<nuint, void> entry, int count, string failure) => JoinAll(Spawn(name, entry, count), failure);
    }
}
