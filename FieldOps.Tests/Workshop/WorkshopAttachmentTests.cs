using System.Net;
using System.Net.Http.Headers;
using FieldOps.Data.Workshop;
using FieldOps.Tests.Support;

namespace FieldOps.Tests.Workshop;

/// <summary>Photos on jobs: type and size checked, stored privately, served only to people who may see the job.</summary>
public sealed class WorkshopAttachmentTests(WorkshopAttachmentTests.SmallUploadsApp app) : IClassFixture<WorkshopAttachmentTests.SmallUploadsApp>
{
    /// <summary>The app with a 64 KB upload limit, so "too large" is cheap to test.</summary>
    public sealed class SmallUploadsApp : FieldOpsAppFactory
    {
        protected override void ConfigureWebHost(Microsoft.AspNetCore.Hosting.IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("FieldOps:Attachments:MaxBytes", (64 * 1024).ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
    }

    private static readonly byte[] Jpeg = [0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, 0x4A, 0x46, 0x49, 0x46, 0x00, 0x01, 0x01, 0x00, 0x00, 0x01, 0xFF, 0xD9];

    [Fact]
    public async Task ThePhotoOfAJob_IsStoredOutsideTheWebRoot_AndServedWithSafeHeaders()
    {
        var job = await new WorkshopScenario(app).JobAsync(JobStatus.InProgress);
        using var technician = await app.ClientAsAsync("technician@garage.demo");

        var created = await (await technician.PostAsync($"/api/records/Job/{job}/attachments", Upload(Jpeg, "before.jpg", "Before"))
            .ExpectStatus(HttpStatusCode.Created)).Json();
        var url = created.GetProperty("url").GetString();

        var response = await technician.GetAsync(url).ExpectStatus(HttpStatusCode.OK);
        Assert.Equal("image/jpeg", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("inline", response.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal(Jpeg, await response.Content.ReadAsByteArrayAsync());

        var stored = Directory.GetFiles(Path.Combine(app.DataDirectory, "attachments"), "*.jpg", SearchOption.AllDirectories);
        Assert.Contains(stored, path => new FileInfo(path).Length == Jpeg.Length && !path.Contains("before", StringComparison.Ordinal));
        var history = await technician.GetAsync($"/api/records/Job/{job}/history").JsonOk();
        Assert.Contains(history.EnumerateArray(), e => e.GetProperty("title").GetString() == "Attached before.jpg");
    }

    [Fact]
    public async Task AnOversizeFile_IsRefused_AndNothingIsStored()
    {
        var job = await new WorkshopScenario(app).JobAsync(JobStatus.InProgress);
        using var technician = await app.ClientAsAsync("technician@garage.demo");
        var big = new byte[70 * 1024];
        Jpeg.CopyTo(big, 0);

        var response = await technician.PostAsync($"/api/records/Job/{job}/attachments", Upload(big, "huge.jpg"));
        Assert.True(response.StatusCode is HttpStatusCode.UnprocessableEntity or HttpStatusCode.RequestEntityTooLarge,
            $"Expected 422 or 413, got {(int)response.StatusCode}");
        Assert.Empty((await technician.GetAsync($"/api/records/Job/{job}/attachments").JsonOk()).EnumerateArray());
    }

    [Fact]
    public async Task AnExecutableRenamedToJpg_IsRefused()
    {
        var job = await new WorkshopScenario(app).JobAsync(JobStatus.InProgress);
        using var technician = await app.ClientAsAsync("technician@garage.demo");
        var executable = "MZ\u0090\0\u0003\0\0\0\u0004\0\0\0\u00FF\u00FF\0\0This program cannot be run in DOS mode"u8.ToArray();

        var errors = await technician.PostAsync($"/api/records/Job/{job}/attachments", Upload(executable, "holiday.jpg")).ExpectValidationErrors();
        Assert.Contains("not a real JPEG image", errors.GetProperty("file")[0].GetString(), StringComparison.Ordinal);
        Assert.Empty((await technician.GetAsync($"/api/records/Job/{job}/attachments").JsonOk()).EnumerateArray());
    }

    [Fact]
    public async Task AnotherOrganization_Gets404_AndAnotherTechnician403()
    {
        var job = await new WorkshopScenario(app).JobAsync(JobStatus.InProgress);
        using var technician = await app.ClientAsAsync("technician@garage.demo");
        var url = (await (await technician.PostAsync($"/api/records/Job/{job}/attachments", Upload(Jpeg, "engine.jpg")).ExpectStatus(HttpStatusCode.Created))
            .Json()).GetProperty("url").GetString();

        using var outsider = await app.ClientAsAsync("admin@garage2.demo");
        await outsider.GetAsync(url).ExpectStatus(HttpStatusCode.NotFound);
        await outsider.PostAsync($"/api/records/Job/{job}/attachments", Upload(Jpeg, "x.jpg")).ExpectStatus(HttpStatusCode.NotFound);

        using var grace = await app.ClientAsAsync("technician2@garage.demo");
        await grace.GetAsync(url).ExpectStatus(HttpStatusCode.Forbidden);
        await grace.PostAsync($"/api/records/Job/{job}/attachments", Upload(Jpeg, "x.jpg")).ExpectStatus(HttpStatusCode.Forbidden);

        using var anonymous = app.AnonymousClient();
        await anonymous.GetAsync(url).ExpectStatus(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task ACookieUpload_WithoutAnAntiforgeryToken_IsRefused()
    {
        var job = await new WorkshopScenario(app).JobAsync(JobStatus.InProgress);
        using var browser = app.AnonymousClient();
        // Sign in with the app cookie (as a browser would) rather than a bearer token.
        var login = await browser.PostAsync("/api/auth/login?useCookies=true",
            new StringContent("{\"email\":\"technician@garage.demo\",\"password\":\"FieldOps!Demo2026\"}", System.Text.Encoding.UTF8, "application/json"));
        login.EnsureSuccessStatusCode();
        var cookie = login.Headers.GetValues("Set-Cookie").First().Split(';')[0];
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/records/Job/{job}/attachments") { Content = Upload(Jpeg, "forged.jpg") };
        request.Headers.Add("Cookie", cookie);

        var response = await browser.SendAsync(request);
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    private static MultipartFormDataContent Upload(byte[] content, string fileName, string? label = null)
    {
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue("image/jpeg");
        var form = new MultipartFormDataContent { { file, "file", fileName } };
        if (label is not null)
        {
            form.Add(new StringContent(label), "label");
        }
        return form;
    }
}
