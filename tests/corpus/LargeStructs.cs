// Covers: large value types (> 64 bytes) — passed and returned by value (callee changes do not
// leak), arrays of large structs, struct fields inside classes, copies through locals, nested
// large structs, a 4x4 matrix multiply with structs, large struct in a generic List<T>, and
// default(large struct) being all zero.
using System;
using System.Collections.Generic;

struct Matrix4
{
    public double M00, M01, M02, M03, M10, M11, M12, M13, M20, M21, M22, M23, M30, M31, M32, M33;

    public static Matrix4 Identity => new Matrix4 { M00 = 1, M11 = 1, M22 = 1, M33 = 1 };

    public double this[int r, int c]
    {
        get => r switch
        {
            0 => c switch { 0 => M00, 1 => M01, 2 => M02, _ => M03 },
            1 => c switch { 0 => M10, 1 => M11, 2 => M12, _ => M13 },
            2 => c switch { 0 => M20, 1 => M21, 2 => M22, _ => M23 },
            _ => c switch { 0 => M30, 1 => M31, 2 => M32, _ => M33 },
        };
        set
        {
            switch (r * 4 + c)
            {
                case 0: M00 = value; break; case 1: M01 = value; break; case 2: M02 = value; break; case 3: M03 = value; break;
                case 4: M10 = value; break; case 5: M11 = value; break; case 6: M12 = value; break; case 7: M13 = value; break;
                case 8: M20 = value; break; case 9: M21 = value; break; case 10: M22 = value; break; case 11: M23 = value; break;
                case 12: M30 = value; break; case 13: M31 = value; break; case 14: M32 = value; break; default: M33 = value; break;
            }
        }
    }

    public static Matrix4 operator *(Matrix4 a, Matrix4 b)
    {
        var r = new Matrix4();
        for (int i = 0; i < 4; i++)
            for (int j = 0; j < 4; j++)
            {
                double s = 0;
                for (int k = 0; k < 4; k++) s += a[i, k] * b[k, j];
                r[i, j] = s;
            }
        return r;
    }

    public double Trace => M00 + M11 + M22 + M33;
}

struct Record
{
    public long Id;
    public Matrix4 Transform;
    public int A, B, C, D;
    public long Tail;
}

class Scene { public Record Main; public Record[] Others = new Record[3]; }

static class LargeStructs
{
    static Record Modify(Record r)
    {
        r.Id = -1;
        r.Transform.M33 = 99;
        r.Tail = 12345;
        return r;
    }

    static Matrix4 Scale(double s)
    {
        var m = Matrix4.Identity;
        m.M00 = m.M11 = m.M22 = s;
        return m;
    }

    static void Main()
    {
        var rec = new Record { Id = 7, Transform = Matrix4.Identity, A = 1, B = 2, C = 3, D = 4, Tail = 5 };
        var changed = Modify(rec);
        Console.WriteLine(rec.Id + " " + rec.Transform.M33 + " " + rec.Tail + " | " + changed.Id + " " + changed.Transform.M33 + " " + changed.Tail + " " + changed.D);

        var m = Scale(2) * Scale(3);
        m.M03 = 1.5;
        var n = m * m;
        Console.WriteLine(m.Trace + " " + n.Trace + " " + n.M03 + " " + n[0, 0] + " " + n[3, 3]);
        var rot = new Matrix4 { M01 = -1, M10 = 1, M22 = 1, M33 = 1 };
        var p = Matrix4.Identity;
        for (int i = 0; i < 4; i++) p = p * rot;
        Console.WriteLine(p.M00 + " " + p.M01 + " " + p.M10 + " " + p.Trace);

        var scene = new Scene { Main = rec };
        scene.Main.Transform.M12 = 4.25;
        scene.Others[1] = scene.Main;
        scene.Others[1].A = 100;
        Record copy = scene.Others[1];
        copy.B = 200;
        Console.WriteLine(scene.Main.Transform.M12 + " " + scene.Main.A + " " + scene.Others[1].A + " " + scene.Others[1].B + " " + copy.B + " " + scene.Others[0].Id);

        var list = new List<Record>();
        for (int i = 0; i < 50; i++) list.Add(new Record { Id = i, Tail = i * i, Transform = Scale(i) });
        double sum = 0;
        long tails = 0;
        foreach (var r in list) { sum += r.Transform.Trace; tails += r.Tail; }
        Console.WriteLine(sum + " " + tails + " " + list[49].Transform.M22);
        Record zero = default;
        Console.WriteLine(zero.Id + zero.Tail + " " + zero.Transform.Trace);
    }
}
