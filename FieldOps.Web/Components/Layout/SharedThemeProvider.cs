using System.Collections.Concurrent;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Rendering;
using Microsoft.AspNetCore.Components.Web;
using MudBlazor;

namespace FieldOps.Web.Components.Layout;

/// <summary>
/// MudBlazor's theme (its stylesheet of colour, shadow and typography variables) for a page, light or dark. The
/// stylesheet is about 24 KB: <see cref="MudThemeProvider"/> makes it afresh for every open tab, which keeps its own
/// copy for as long as it is open; this renders MudBlazor's provider once per mode and shares the result.
/// </summary>
public sealed class SharedThemeProvider : ComponentBase
{
    [Inject]
    private ThemeStylesheets Stylesheets { get; set; } = default!;

    /// <summary>Dark colours instead of light ones.</summary>
    [Parameter]
    public bool IsDarkMode { get; set; }

    private string? _stylesheet;

    protected override async Task OnParametersSetAsync() => _stylesheet = await Stylesheets.ForAsync(IsDarkMode);

    protected override void BuildRenderTree(RenderTreeBuilder builder) => builder.AddMarkupContent(0, _stylesheet);
}

/// <summary>The app theme's MudBlazor stylesheets, made on first use by rendering <see cref="MudThemeProvider"/> to
/// HTML (outside any circuit), then kept for the life of the app.</summary>
public sealed class ThemeStylesheets(IServiceScopeFactory scopes, ILoggerFactory loggers)
{
    private readonly ConcurrentDictionary<bool, Lazy<Task<string>>> _byMode = new();

    public Task<string> ForAsync(bool dark) => _byMode.GetOrAdd(dark, mode => new Lazy<Task<string>>(() => RenderAsync(mode))).Value;

    private async Task<string> RenderAsync(bool dark)
    {
        await using var scope = scopes.CreateAsyncScope();
        await using var renderer = new HtmlRenderer(scope.ServiceProvider, loggers);
        return await renderer.Dispatcher.InvokeAsync(async () =>
        {
            var output = await renderer.RenderComponentAsync<MudThemeProvider>(ParameterView.FromDictionary(new Dictionary<string, object?>
            {
                [nameof(MudThemeProvider.Theme)] = FieldOpsTheme.Theme,
                [nameof(MudThemeProvider.IsDarkMode)] = dark,
            }));
            return output.ToHtmlString();
        });
    }
}
