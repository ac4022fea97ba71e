namespace FieldOps.E2E.Support;

public sealed record Viewport(string Name, int Width, int Height, bool IsMobile)
{
    public static readonly Viewport Desktop = new("desktop", 1366, 900, false);
    public static readonly Viewport Phone = new("phone", 390, 844, true);

    /// <summary>A laptop's screen, as in the page review (1366 × 768).</summary>
    public static readonly Viewport DeskScreen = new("desktop", 1366, 768, false);
}
