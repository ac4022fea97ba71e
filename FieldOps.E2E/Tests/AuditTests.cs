using FieldOps.E2E.Support;

namespace FieldOps.E2E.Tests;

/// <summary>
/// The accessibility audit every browser test relies on: it must still see a problem when one is there, or every
/// "no serious violation" in the other tests would prove nothing.
/// </summary>
public sealed class AuditTests(E2EFixture fixture) : BrowserTest(fixture)
{
    [Fact]
    public async Task TheAudit_ReportsAnImageWithoutText_AndUnreadableGreyOnWhite_OnARealPage()
    {
        await OnPageAsync("tenant@properties.demo", Viewport.Phone, async page =>
        {
            await page.GotoAsync("/maintenance/tenant");
            await WaitForInteractiveAsync(page);
            Assert.Empty(await SeriousViolationsAsync(page));

            await page.EvaluateAsync("""
                () => {
                    const main = document.querySelector('main');
                    main.insertAdjacentHTML('beforeend',
                        '<img src="/favicon.svg" width="20" height="20">' +
                        '<p style="color:#eeeeee;background:#ffffff">Hard to read</p>');
                }
                """);
            var violations = await SeriousViolationsAsync(page);
            Assert.Contains(violations, v => v.StartsWith("image-alt", StringComparison.Ordinal));
            Assert.Contains(violations, v => v.StartsWith("color-contrast", StringComparison.Ordinal));
        });
    }
}
