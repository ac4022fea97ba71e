using MudBlazor;

namespace FieldOps.Web.Components.Layout;

/// <summary>
/// The FieldOps brand on MudBlazor: a deep blue, and every text/background pair chosen for WCAG AA contrast
/// (4.5:1 or better) in both the light and the dark palette.
/// </summary>
public static class FieldOpsTheme
{
    public static readonly MudTheme Theme = new()
    {
        PaletteLight = new PaletteLight
        {
            Primary = "#1f4e79",
            PrimaryContrastText = "#ffffff",
            Secondary = "#00695c",
            SecondaryContrastText = "#ffffff",
            Tertiary = "#5b3f8c",
            Info = "#0b5cad",
            Success = "#1b6e3a",
            Warning = "#8a5300",
            WarningContrastText = "#ffffff",
            Error = "#b3261e",
            Dark = "#26323d",
            AppbarBackground = "#1f4e79",
            AppbarText = "#ffffff",
            Background = "#f4f6f8",
            Surface = "#ffffff",
            DrawerBackground = "#ffffff",
            DrawerText = "#1d252c",
            DrawerIcon = "#1f4e79",
            TextPrimary = "#1d252c",
            TextSecondary = "#4f5b66",
            ActionDefault = "#4f5b66",
            LinesDefault = "#d5dbe1",
            TableLines = "#e3e8ed",
        },
        PaletteDark = new PaletteDark
        {
            Primary = "#9ecbf5",
            PrimaryContrastText = "#0b1f33",
            Secondary = "#7fd6c8",
            SecondaryContrastText = "#062723",
            Tertiary = "#c8b2ef",
            Info = "#8cc4ff",
            InfoContrastText = "#07213d",
            Success = "#8fd6a5",
            SuccessContrastText = "#0a2614",
            Warning = "#f5c27a",
            WarningContrastText = "#2e1c00",
            Error = "#f2a49e",
            ErrorContrastText = "#3b0a07",
            AppbarBackground = "#16202a",
            AppbarText = "#e8eef4",
            Background = "#0f161d",
            Surface = "#1a242e",
            DrawerBackground = "#16202a",
            DrawerText = "#e8eef4",
            DrawerIcon = "#9ecbf5",
            TextPrimary = "#e8eef4",
            TextSecondary = "#b7c3cf",
            ActionDefault = "#b7c3cf",
            LinesDefault = "#33414e",
            TableLines = "#2a3743",
        },
        Typography = new Typography
        {
            // Fonts every machine has: nothing is fetched from outside.
            Default = new DefaultTypography { FontFamily = ["system-ui", "-apple-system", "Segoe UI", "Roboto", "DejaVu Sans", "sans-serif"] },
        },
        LayoutProperties = new LayoutProperties { DefaultBorderRadius = "6px" },
    };
}
