namespace FieldOps.E2E.Pages;

/// <summary>The sign-in page.</summary>
public sealed class LoginPage(IPage page)
{
    public ILocator Email => page.GetByLabel("E-mail");
    public ILocator Password => page.GetByLabel("Password", new() { Exact = true });
    public ILocator SignInButton => page.GetByRole(AriaRole.Button, new() { Name = "Sign in" });
    public ILocator Error => page.GetByRole(AriaRole.Alert);

    public Task GotoAsync() => page.GotoAsync("/Account/Login");

    public async Task SignInAsync(string email, string password)
    {
        await Email.FillAsync(email);
        await Password.FillAsync(password);
        await SignInButton.ClickAsync();
    }
}
