namespace FieldOps.E2E.Pages;

/// <summary>The frame around every signed-in page: header, menu, sign-out.</summary>
public sealed class Shell(IPage page)
{
    public ILocator Organization => page.Locator(".fo-org");
    public ILocator Heading => page.Locator("main h1").First;
    public ILocator SignOutButton => page.GetByRole(AriaRole.Button, new() { Name = "Sign out" });
    public ILocator Menu => page.GetByRole(AriaRole.Navigation, new() { Name = "Pages" });
}
