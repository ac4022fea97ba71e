using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.Components;

namespace FieldOps.Web.Components.Shared;

/// <summary>
/// Static markup for the parts of a list that have no events (a row's cells, a badge): one render frame instead of
/// one per element, attribute and text. An open tab keeps two copies of every frame its page draws, so a 20-row table
/// drawn element by element costs it about 80 KB, drawn this way a few.
/// <code>Html.Markup($"&lt;td data-label=\"Owner\"&gt;{job.OwnerName}&lt;/td&gt;")</code>
/// The template's own text is written as it is; every value put into it is HTML-encoded, unless it is already
/// <see cref="MarkupString"/> (made by this class, or a trusted constant such as an icon).
/// </summary>
public static class Html
{
    // Letters of every script stay as they are ("Wanjiku", "الكويت"); only characters that mean something in HTML are escaped.
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    public static MarkupString Markup(ref Template template) => new(template.ToStringAndClear());

    /// <summary>A value as it would appear in Razor (<c>@value</c>: current culture), HTML-encoded.</summary>
    public static string Encode(string? text) => string.IsNullOrEmpty(text) ? "" : Encoder.Encode(text);

    [InterpolatedStringHandler]
    public ref struct Template
    {
        private DefaultInterpolatedStringHandler text;

        public Template(int literalLength, int formattedCount) =>
            text = new DefaultInterpolatedStringHandler(literalLength, formattedCount, CultureInfo.CurrentCulture);

        public void AppendLiteral(string value) => text.AppendLiteral(value);

        public void AppendFormatted(MarkupString value) => text.AppendLiteral(value.Value ?? "");

        public void AppendFormatted(string? value) => text.AppendLiteral(Encode(value));

        public void AppendFormatted<T>(T value) =>
            text.AppendLiteral(Encode(Convert.ToString(value, CultureInfo.CurrentCulture)));

        public void AppendFormatted<T>(T value, string? format) where T : IFormattable =>
            text.AppendLiteral(Encode(value.ToString(format, CultureInfo.CurrentCulture)));

        internal string ToStringAndClear() => text.ToStringAndClear();
    }
}
