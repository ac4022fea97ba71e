using Bunit;
using FieldOps.Data.Contracting;
using FieldOps.Data.Platform.Lists;
using FieldOps.Web.Components.Pages.Contracting.Shared;
using FieldOps.Web.Components.Shared;
using FluentValidation;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Forms;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor.Services;

namespace FieldOps.Tests.Components;

/// <summary>Shared components rendered on their own: what they show and what they do when used.</summary>
public sealed class ComponentTests : IDisposable
{
    private readonly BunitContext _context = new();

    public ComponentTests()
    {
        _context.JSInterop.Mode = JSRuntimeMode.Loose;
        _context.Services.AddMudServices();
        _context.Services.AddSingleton<IValidator<DailyLogInput>, DailyLogInputValidator>();
    }

    public void Dispose() => _context.Dispose();

    private IRenderedComponent<EditForm> LogForm(DailyLogInput model) =>
        _context.Render<EditForm>(form => form
            .Add(f => f.Model, model)
            .Add(f => f.ChildContent, (EditContext _) => builder =>
            {
                builder.OpenComponent<FluentValidationValidator>(0);
                builder.CloseComponent();
                builder.OpenComponent<ValidationSummary>(1);
                builder.CloseComponent();
            }));

    [Fact]
    public void TheValidatorBridge_ShowsTheDomainValidatorsMessages_OnSubmit()
    {
        var form = LogForm(new DailyLogInput { WorkersCount = -2 });

        form.Find("form").Submit();

        var messages = form.FindAll(".validation-message").Select(m => m.TextContent).ToList();
        Assert.Contains("Enter the date of the work.", messages);
        Assert.Contains("Describe the work done.", messages);
        Assert.Contains("The number of workers cannot be negative.", messages);
    }

    [Fact]
    public void TheValidatorBridge_ShowsNothing_ForAValidModel()
    {
        var form = LogForm(new DailyLogInput { LogDate = new DateOnly(2026, 11, 20), WorkSummary = "Blockwork", WorkersCount = 6 });
        form.Find("form").Submit();
        Assert.Empty(form.FindAll(".validation-message"));
    }

    [Fact]
    public async Task TheValidatorBridge_PutsTheServersFieldErrors_OnTheRightFields()
    {
        var model = new DailyLogInput { LogDate = new DateOnly(2030, 1, 1), WorkSummary = "Future work" };
        var form = LogForm(model);
        var editContext = form.Instance.EditContext!;

        await form.InvokeAsync(() => form.FindComponent<FluentValidationValidator>().Instance.ShowErrors(
            new Dictionary<string, string[]> { ["logDate"] = ["A daily log records work already done: the date cannot be in the future."] }));

        Assert.Equal(["A daily log records work already done: the date cannot be in the future."],
            editContext.GetValidationMessages(new FieldIdentifier(model, nameof(DailyLogInput.LogDate))));
        Assert.Contains("cannot be in the future", form.Find(".validation-message").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void TheBalanceCard_ShowsTheBalanceItsPartsAndTheRule()
    {
        var summary = LedgerSummary.From(
            [(LedgerEntryType.Payment, 168_000m), (LedgerEntryType.Deduction, 5_000m), (LedgerEntryType.Advance, 20_000m), (LedgerEntryType.Expense, 6_250m)],
            "KES");
        var card = _context.Render<BalanceCard>(p => p.Add(c => c.Summary, summary));

        Assert.Equal("KES 143,000.00", card.Find("[data-testid=balance-due]").TextContent);
        Assert.Equal("KES 6,250.00", card.Find("[data-testid=expenses-approved]").TextContent);
        Assert.Contains("−KES 20,000.00", card.Markup, StringComparison.Ordinal);
        Assert.Contains("they do not change the balance", card.Find(".fo-balance-rule").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void TheBalanceCard_PutsWhatIsStillOwedFirst_AndLabelsTheNetReceivedAsSuch()
    {
        var summary = LedgerSummary.From([(LedgerEntryType.Payment, 168_000m), (LedgerEntryType.Advance, 20_000m), (LedgerEntryType.Expense, 6_250m)], "KES");
        var card = _context.Render<BalanceCard>(p => p.Add(c => c.Summary, summary).Add(c => c.Owed, new StillOwed(60_000m, 1, 6_250m)));

        Assert.Equal("Still to be paid to you", card.Find("h2").TextContent);
        Assert.Equal("KES 66,250.00", card.Find("[data-testid=still-owed]").TextContent);
        Assert.Equal("KES 148,000.00", card.Find("[data-testid=balance-due]").TextContent);
        Assert.Contains("1 approved voucher, not yet paid", card.Markup, StringComparison.Ordinal);
        Assert.Contains("Received so far, net", card.Markup, StringComparison.Ordinal);
        Assert.DoesNotContain(">Balance due<", card.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public void APager_IsHidden_WhenEverythingFitsOnOnePage() =>
        Assert.Empty(_context.Render<Pager>(p => p.Add(c => c.Total, 25).Add(c => c.PageSize, 25).Add(c => c.Page, 0)).FindAll("nav"));

    [Fact]
    public void APager_SaysWhereTheReaderIs_AndMovesOnePageAtATime()
    {
        var requested = new List<int>();
        var pager = _context.Render<Pager>(p => p
            .Add(c => c.Total, 60).Add(c => c.PageSize, 25).Add(c => c.Page, 1)
            .Add(c => c.PageChanged, EventCallback.Factory.Create<int>(this, requested.Add)));

        Assert.Contains("26–50 of 60", pager.Find("nav").TextContent, StringComparison.Ordinal);
        Assert.Equal(["previous", "next"], pager.FindAll("button").Select(b => b.GetAttribute("data-row-action")));
        // What app.js raises for a click on each.
        pager.Find("nav").TriggerEvent("onrowaction", new RowActionEventArgs { Action = "previous" });
        pager.Find("nav").TriggerEvent("onrowaction", new RowActionEventArgs { Action = "next" });
        Assert.Equal([0, 2], requested);
    }

    [Fact]
    public void APager_IsNamedForItsList_WhenAPageHasTwo()
    {
        var named = _context.Render<Pager>(p => p.Add(c => c.Total, 30).Add(c => c.PageSize, 25).Add(c => c.Page, 0).Add(c => c.Label, "Pages of invoices"));
        Assert.Equal("Pages of invoices", named.Find("nav").GetAttribute("aria-label"));
        var plain = _context.Render<Pager>(p => p.Add(c => c.Total, 30).Add(c => c.PageSize, 25).Add(c => c.Page, 0));
        Assert.Equal("Pagination", plain.Find("nav").GetAttribute("aria-label"));
    }

    [Fact]
    public async Task AQueueShownAPageAtATime_ReadsLaterPages_AndAfterAReload_KeepsThePageOrTheLastThereStillIs()
    {
        var asked = new List<ListRequest>();
        var pages = new QueuePages<int>(10, request =>
        {
            asked.Add(request);
            return Task.FromResult<IReadOnlyList<int>>(Enumerable.Range(request.Skip, request.Take).ToList());
        });
        IReadOnlyList<int> first = [0, 1, 2];
        Assert.Same(first, pages.Rows(first));

        await pages.ShowAsync(2);
        Assert.Equal((2, 20), (pages.Page, pages.Rows(first)[0]));
        await pages.RefreshAsync(total: 25);
        Assert.Equal(2, pages.Page);
        await pages.RefreshAsync(total: 15);
        Assert.Equal((1, 10), (pages.Page, pages.Rows(first)[0]));
        await pages.RefreshAsync(total: 0);
        Assert.Same(first, pages.Rows(first));
        Assert.Equal([20, 20, 10], asked.Select(r => r.Skip));
    }

    private sealed record Row(Guid Id, int Version, string Text);

    [Fact]
    public void ARowsMarkup_IsKeptWhileTheRowIsTheSame_AndBuiltAgainFromTheStateOfTheMomentWhenItChanges()
    {
        var selected = new HashSet<Guid>();
        var builds = 0;
        var rows = new RowMarkup<Row>(row =>
        {
            builds++;
            return RowActions.Checkbox(selected.Contains(row.Id), row.Text);
        }, row => (row.Id, row.Version));
        Row a = new(Guid.NewGuid(), 1, "a"), b = new(Guid.NewGuid(), 1, "b");
        var first = rows.For([a, b]);
        Assert.Equal(2, builds);

        // Ticked in the browser and reported: the box's markup does not follow, or the browser would draw it again.
        selected.Add(a.Id);
        selected.Add(b.Id);
        var reread = rows.For([a with { Text = "a, read again" }, b with { Version = 2 }]);
        Assert.Equal(3, builds);
        Assert.Same(first[0].Markup.Value, reread[0].Markup.Value);
        Assert.DoesNotContain(" checked", reread[0].Markup.Value);
        Assert.Contains(" checked", reread[1].Markup.Value);

        rows.Rebuild();
        Assert.All(rows.For([a]), row => Assert.Contains(" checked", row.Markup.Value));
    }

    [Fact]
    public void APager_CannotGoPastTheEnds()
    {
        var first = _context.Render<Pager>(p => p.Add(c => c.Total, 30).Add(c => c.PageSize, 25).Add(c => c.Page, 0));
        Assert.True(first.FindAll("button")[0].HasAttribute("disabled"));
        Assert.False(first.FindAll("button")[1].HasAttribute("disabled"));
        var last = _context.Render<Pager>(p => p.Add(c => c.Total, 30).Add(c => c.PageSize, 25).Add(c => c.Page, 1));
        Assert.True(last.FindAll("button")[1].HasAttribute("disabled"));
    }

    [Fact]
    public void AStatCardWithALink_IsALink_AndOneWithout_IsAToggleButton()
    {
        var link = _context.Render<StatCard>(p => p.Add(c => c.Label, "Vouchers to pay").Add(c => c.Value, "3").Add(c => c.Href, "contracting/admin/vouchers"));
        Assert.Equal("contracting/admin/vouchers", link.Find("a").GetAttribute("href"));

        var clicks = 0;
        var toggle = _context.Render<StatCard>(p => p.Add(c => c.Label, "Open").Add(c => c.Value, "7").Add(c => c.Selected, true)
            .Add(c => c.OnClick, EventCallback.Factory.Create(this, () => clicks++)));
        Assert.Equal("true", toggle.Find("button").GetAttribute("aria-pressed"));
        toggle.Find("button").Click();
        Assert.Equal(1, clicks);
    }

    [Fact]
    public void ASortHeader_SortsAscendingFirst_ThenReverses_AndSaysWhichWayOnTheHeaderCell()
    {
        (string Key, bool Descending)? asked = null;
        var onSort = EventCallback.Factory.Create<(string Key, bool Descending)>(this, sort => asked = sort);
        var unsorted = _context.Render<SortHeader>(p => p.Add(c => c.Title, "Received").Add(c => c.Key, "receivedAt").Add(c => c.OnSort, onSort));
        Assert.Equal("none", unsorted.Find("th").GetAttribute("aria-sort"));
        unsorted.Find("button").Click();
        Assert.Equal(("receivedAt", false), asked);

        var ascending = _context.Render<SortHeader>(p => p.Add(c => c.Title, "Received").Add(c => c.Key, "receivedAt")
            .Add(c => c.SortBy, "ReceivedAt").Add(c => c.OnSort, onSort));
        Assert.Equal("ascending", ascending.Find("th").GetAttribute("aria-sort"));
        ascending.Find("button").Click();
        Assert.Equal(("receivedAt", true), asked);
    }

    [Fact]
    public void StaticRowMarkup_EncodesEveryValue_AndKeepsTrustedMarkupAndOtherScripts()
    {
        var owner = "<script>alert('x')</script> \"Wanjiku\" & Sons";
        var markup = Html.Markup($"<td data-label=\"Owner\" title=\"{owner}\">{owner} {StatusBadge.Markup("Low", "warning", null)} {42.5m:N2} الكويت</td>");

        // Rendered the way a row draws it: one markup frame, which the browser (here bUnit's parser) reads as elements.
        var cell = _context.Render<MarkupHost>(p => p.Add(c => c.Markup, markup));
        Assert.Empty(cell.FindAll("script"));
        var td = cell.Find("td");
        Assert.Equal(owner, td.GetAttribute("title"));
        Assert.StartsWith(owner, td.TextContent, StringComparison.Ordinal);
        Assert.Equal("Low", td.QuerySelector("span.fo-status-warning")!.TextContent);
        Assert.Contains("42.50 الكويت", td.TextContent, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>", markup.Value, StringComparison.Ordinal);
        Assert.Contains("الكويت", markup.Value, StringComparison.Ordinal);
    }

    [Fact]
    public void ARowButton_NamesItsActionAndRecord_EncodesItsLabel_AndAnUnlistedRecordFindsNothing()
    {
        var listed = new List<Tuple<Guid, string>> { Tuple.Create(Guid.NewGuid(), "Fuse \"kit\" <b>"), Tuple.Create(Guid.NewGuid(), "Wiper") };
        var markup = RowActions.Button("receive", listed[0].Item1, "Receive", $"Receive {listed[0].Item2}", "fo-row-button-primary", disabled: true);

        var button = _context.Render<MarkupHost>(p => p.Add(c => c.Markup, markup)).Find("button");
        Assert.Equal(("receive", listed[0].Item1.ToString()), (button.GetAttribute("data-row-action"), button.GetAttribute("data-row-id")));
        Assert.Equal("Receive Fuse \"kit\" <b>", button.GetAttribute("aria-label"));
        Assert.Equal("fo-row-button fo-row-button-primary", button.GetAttribute("class"));
        Assert.True(button.HasAttribute("disabled"));
        Assert.Empty(button.QuerySelectorAll("b"));

        // The handler finds the row by its id; an id no longer listed (the list reloaded) or no event finds nothing.
        Assert.Same(listed[1], RowActions.Find(listed, new RowActionEventArgs { Action = "receive", RowId = listed[1].Item1.ToString() }, row => row.Item1));
        Assert.Null(RowActions.Find(listed, new RowActionEventArgs { Action = "receive", RowId = Guid.NewGuid().ToString() }, row => row.Item1));
        Assert.Null(RowActions.Find(listed, new RowActionEventArgs { Action = "receive", RowId = "not-an-id" }, row => row.Item1));
        Assert.Null(RowActions.Find(listed, null, row => row.Item1));
    }

    private sealed class MarkupHost : ComponentBase
    {
        [Parameter]
        public MarkupString Markup { get; set; }

        protected override void BuildRenderTree(Microsoft.AspNetCore.Components.Rendering.RenderTreeBuilder builder)
        {
            builder.OpenElement(0, "table");
            builder.OpenElement(1, "tbody");
            builder.OpenElement(2, "tr");
            builder.AddMarkupContent(3, Markup.Value);
            builder.CloseElement();
            builder.CloseElement();
            builder.CloseElement();
        }
    }

    [Fact]
    public void TheExportButtons_CarryTheListsFilters_Escaped()
    {
        var markup = ExportButtons.Render("invoices", new Dictionary<string, string?> { ["paid"] = "false", ["search"] = "KDA 1&2", ["empty"] = null });
        var buttons = _context.Render(builder => builder.AddMarkupContent(0, markup.Value));
        var links = buttons.FindAll("a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(["/api/exports/invoices.csv?paid=false&search=KDA%201%262", "/api/exports/invoices.xlsx?paid=false&search=KDA%201%262"], links);
    }

    [Theory]
    [InlineData(LedgerEntryType.Payment, 60_000, "+KES 60,000.00")]
    [InlineData(LedgerEntryType.Deduction, 5_000, "−KES 5,000.00")]
    [InlineData(LedgerEntryType.Deduction, -5_000, "+KES 5,000.00")] // the reversal of a deduction gives the money back
    [InlineData(LedgerEntryType.Advance, 20_000, "−KES 20,000.00")]
    [InlineData(LedgerEntryType.Expense, 3_500, "KES 3,500.00")]
    public void LedgerAmounts_ShowHowTheyMoveTheBalance(LedgerEntryType type, int amount, string expected) =>
        Assert.Equal(expected, ContractingDisplay.SignedAmount(type, amount, "KES"));

    [Fact]
    public void AFormsSavedDraft_IsRestoredOnce_IntoTheSameModel_AndShownInItsFields()
    {
        _context.Services.AddSingleton<FieldOps.Data.Platform.ICurrentUser>(FieldOps.Data.Platform.SystemCurrentUser.Instance);
        _context.Services.AddScoped<DraftStore>();
        _context.SetRendererInfo(new RendererInfo("Server", isInteractive: true));
        _context.JSInterop.Setup<string?>("fieldOps.drafts.get", _ => true)
            .SetResult("""{"workSummary":"Blockwork to lintel level","workersCount":6}""");

        var host = _context.Render<DraftFormHost>();

        // Once, into the model the form was given: a new model object would make the form draw its fields, and the
        // draft component, afresh, and restore again without end.
        host.WaitForAssertion(() => Assert.Equal("Blockwork to lintel level", host.Find("textarea").GetAttribute("value") ?? host.Find("textarea").TextContent));
        Assert.Same(host.Instance.Model, host.Instance.ModelAtStart);
        Assert.Equal(6, host.Instance.Model.WorkersCount);
        Assert.Contains("Your unsaved entries were kept", host.Markup, StringComparison.Ordinal);
        Assert.Single(_context.JSInterop.Invocations, i => i.Identifier == "fieldOps.drafts.get");
    }

    /// <summary>A form as the app's forms are built: an edit form over a model, its draft keeper and a field.</summary>
    private sealed class DraftFormHost : ComponentBase
    {
        public DailyLogInput Model { get; } = new();
        public DailyLogInput ModelAtStart { get; }

        public DraftFormHost() => ModelAtStart = Model;

        protected override void BuildRenderTree(Microsoft.AspNetCore.Components.Rendering.RenderTreeBuilder builder)
        {
            builder.OpenComponent<EditForm>(0);
            builder.AddComponentParameter(1, nameof(EditForm.Model), Model);
            builder.AddComponentParameter(2, nameof(EditForm.ChildContent), (RenderFragment<EditContext>)(_ => form =>
            {
                form.OpenComponent<FormDraft<DailyLogInput>>(0);
                form.AddComponentParameter(1, nameof(FormDraft<DailyLogInput>.Key), "daily-log");
                form.AddComponentParameter(2, nameof(FormDraft<DailyLogInput>.Restored), EventCallback.Factory.Create(this, StateHasChanged));
                form.CloseComponent();
                form.OpenComponent<InputTextArea>(3);
                form.AddComponentParameter(4, nameof(InputTextArea.Value), Model.WorkSummary);
                form.AddComponentParameter(5, nameof(InputTextArea.ValueChanged), EventCallback.Factory.Create<string?>(this, v => Model.WorkSummary = v ?? ""));
                form.AddComponentParameter(6, nameof(InputTextArea.ValueExpression), (System.Linq.Expressions.Expression<Func<string?>>)(() => Model.WorkSummary));
                form.CloseComponent();
            }));
            builder.CloseComponent();
        }
    }
}
