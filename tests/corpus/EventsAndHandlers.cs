// Covers: events — field-like events (+=, -=, raising with ?.Invoke), custom add/remove
// accessors, EventHandler and EventHandler<T> with sender/args, static events, handlers that
// unsubscribe themselves while being raised (the invocation list is a snapshot), instance handlers.
using System;

class TemperatureChangedArgs : EventArgs
{
    public int Old, New;
}

class Thermostat
{
    int temperature;
    public event EventHandler<TemperatureChangedArgs> Changed;
    public event Action Reset;

    public int Temperature
    {
        get => temperature;
        set
        {
            if (value == temperature) return;
            var args = new TemperatureChangedArgs { Old = temperature, New = value };
            temperature = value;
            Changed?.Invoke(this, args);
        }
    }

    public void DoReset() { temperature = 0; Reset?.Invoke(); }
}

class Logged
{
    Action handlers;
    public int Adds, Removes;
    public event Action Happened
    {
        add { Adds++; handlers += value; }
        remove { Removes++; handlers -= value; }
    }
    public void Raise() => handlers?.Invoke();
}

class Listener
{
    public string Name;
    public int Seen;
    public void OnChanged(object sender, TemperatureChangedArgs e)
    {
        Seen++;
        Console.WriteLine(Name + " saw " + e.Old + "->" + e.New + " from " + (sender is Thermostat));
    }
}

static class EventsAndHandlers
{
    static event EventHandler Tick;
    static int ticks;

    static void Main()
    {
        var t = new Thermostat();
        var l1 = new Listener { Name = "first" };
        var l2 = new Listener { Name = "second" };
        t.Changed += l1.OnChanged;
        t.Changed += l2.OnChanged;
        t.Temperature = 20;
        t.Temperature = 20;
        t.Changed -= l1.OnChanged;
        t.Temperature = 25;
        Console.WriteLine(l1.Seen + " " + l2.Seen);

        EventHandler<TemperatureChangedArgs> once = null;
        once = (s, e) => { Console.WriteLine("once " + e.New); t.Changed -= once; };
        t.Changed += once;
        t.Temperature = 30;
        t.Temperature = 31;

        t.Reset += () => Console.WriteLine("reset A");
        t.Reset += () => Console.WriteLine("reset B");
        t.DoReset();
        Console.WriteLine(t.Temperature);

        var logged = new Logged();
        Action h = () => Console.WriteLine("happened");
        logged.Happened += h;
        logged.Happened += h;
        logged.Raise();
        logged.Happened -= h;
        logged.Raise();
        Console.WriteLine(logged.Adds + " " + logged.Removes);

        Tick += (s, e) => ticks++;
        Tick += (s, e) => ticks += 10;
        for (int i = 0; i < 3; i++) Tick(null, EventArgs.Empty);
        Console.WriteLine(ticks);
    }
}
