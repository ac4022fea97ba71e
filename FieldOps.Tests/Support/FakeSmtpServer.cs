using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace FieldOps.Tests.Support;

/// <summary>A minimal SMTP server on a loopback socket: it speaks enough of the protocol for a real SMTP client to
/// deliver mail, and records what it received. It can be told to refuse recipients.</summary>
public sealed class FakeSmtpServer : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;

    public FakeSmtpServer()
    {
        _listener.Start();
        Port = ((IPEndPoint)_listener.LocalEndpoint).Port;
        _loop = Task.Run(AcceptLoopAsync);
    }

    public sealed record ReceivedMail(string From, IReadOnlyList<string> To, string Data)
    {
        /// <summary>The headers followed by the body, decoded from its transfer encoding (base64 or quoted-printable).</summary>
        public string Text
        {
            get
            {
                var normalized = Data.Replace("\r\n", "\n", StringComparison.Ordinal);
                var split = normalized.IndexOf("\n\n", StringComparison.Ordinal);
                if (split < 0)
                {
                    return normalized;
                }
                var headers = normalized[..split];
                var body = normalized[(split + 2)..];
                if (headers.Contains("Content-Transfer-Encoding: base64", StringComparison.OrdinalIgnoreCase))
                {
                    body = Encoding.UTF8.GetString(Convert.FromBase64String(body.Replace("\n", "", StringComparison.Ordinal)));
                }
                else if (headers.Contains("Content-Transfer-Encoding: quoted-printable", StringComparison.OrdinalIgnoreCase))
                {
                    var unfolded = body.Replace("=\n", "", StringComparison.Ordinal);
                    var bytes = new List<byte>();
                    for (var i = 0; i < unfolded.Length; i++)
                    {
                        if (unfolded[i] == '=' && i + 2 < unfolded.Length)
                        {
                            bytes.Add(Convert.ToByte(unfolded.Substring(i + 1, 2), 16));
                            i += 2;
                        }
                        else
                        {
                            bytes.Add((byte)unfolded[i]);
                        }
                    }
                    body = Encoding.UTF8.GetString(bytes.ToArray());
                }
                return headers + "\n\n" + body;
            }
        }
    }

    public int Port { get; }
    public ConcurrentQueue<ReceivedMail> Received { get; } = new();
    public bool RefuseRecipients { get; set; }

    private async Task AcceptLoopAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await _listener.AcceptTcpClientAsync(_stop.Token);
            }
            catch (OperationCanceledException)
            {
                return;
            }
            catch (ObjectDisposedException)
            {
                return;
            }
            _ = Task.Run(() => ServeAsync(client));
        }
    }

    private async Task ServeAsync(TcpClient client)
    {
        using (client)
        {
            var stream = client.GetStream();
            using var reader = new StreamReader(stream, Encoding.ASCII);
            await using var writer = new StreamWriter(stream, Encoding.ASCII) { NewLine = "\r\n", AutoFlush = true };
            await writer.WriteLineAsync("220 fake.local ESMTP ready");
            string from = "";
            var to = new List<string>();
            while (await reader.ReadLineAsync() is { } line)
            {
                var command = line.Length >= 4 ? line[..4].ToUpperInvariant() : line.ToUpperInvariant();
                switch (command)
                {
                    case "EHLO":
                        await writer.WriteLineAsync("250-fake.local");
                        await writer.WriteLineAsync("250 8BITMIME");
                        break;
                    case "HELO":
                        await writer.WriteLineAsync("250 fake.local");
                        break;
                    case "MAIL":
                        from = line[10..].Trim();
                        to.Clear();
                        await writer.WriteLineAsync("250 OK");
                        break;
                    case "RCPT":
                        if (RefuseRecipients)
                        {
                            await writer.WriteLineAsync("550 Mailbox unavailable");
                        }
                        else
                        {
                            to.Add(line[8..].Trim());
                            await writer.WriteLineAsync("250 OK");
                        }
                        break;
                    case "DATA":
                        await writer.WriteLineAsync("354 End data with <CR><LF>.<CR><LF>");
                        var data = new StringBuilder();
                        while (await reader.ReadLineAsync() is { } dataLine && dataLine != ".")
                        {
                            data.AppendLine(dataLine);
                        }
                        Received.Enqueue(new ReceivedMail(from, to.ToList(), data.ToString()));
                        await writer.WriteLineAsync("250 Queued");
                        break;
                    case "QUIT":
                        await writer.WriteLineAsync("221 Bye");
                        return;
                    default:
                        await writer.WriteLineAsync("250 OK");
                        break;
                }
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        await _loop;
        _stop.Dispose();
    }
}
