using System.Net.Sockets;
using System.Text;

namespace FaceRecognition.IntegrationTests.Support;

/// <summary>
/// HTTP/1.1 over a plain socket, for what HttpClient will not send: targets it would normalise (<c>/..</c>,
/// <c>%2e%2e</c>), over-long request lines, bodies that trickle in. One request per connection.
/// </summary>
public sealed class RawHttp(Uri server) : IAsyncDisposable
{
    private readonly TcpClient _tcp = new() { NoDelay = true };
    private NetworkStream? _stream;

    /// <summary>Sends <paramref name="head"/> (request line and headers, "\r\n"-separated, without the blank line) and the body; reads the answer.</summary>
    public static async Task<RawResponse> SendAsync(Uri server, string head, byte[]? body = null)
    {
        await using var http = new RawHttp(server);
        await http.ConnectAsync();
        await http.WriteAsync(Encoding.ASCII.GetBytes(head + "\r\nConnection: close\r\n\r\n"));
        if (body is not null)
        {
            await http.WriteAsync(body);
        }

        return await http.ReadResponseAsync();
    }

    public async Task ConnectAsync()
    {
        await _tcp.ConnectAsync(server.Host, server.Port);
        _stream = _tcp.GetStream();
    }

    public async Task WriteAsync(byte[] bytes) => await Stream.WriteAsync(bytes);

    /// <summary>Reads until the server closes the connection; an abrupt close after a full response still counts.</summary>
    public async Task<RawResponse> ReadResponseAsync()
    {
        using var received = new MemoryStream();
        var buffer = new byte[16 * 1024];
        try
        {
            int read;
            while ((read = await Stream.ReadAsync(buffer)) > 0)
            {
                received.Write(buffer, 0, read);
            }
        }
        catch (IOException) when (received.Length > 0)
        {
            // Reset after the answer was sent (the server gave up on the rest of our body): the answer is what counts.
        }

        return RawResponse.Parse(received.ToArray());
    }

    public async ValueTask DisposeAsync()
    {
        if (_stream is not null)
        {
            await _stream.DisposeAsync();
        }

        _tcp.Dispose();
    }

    private NetworkStream Stream => _stream ?? throw new InvalidOperationException("Connect first.");
}

/// <summary>A response read off the wire: status, headers (names lower-cased) and the de-chunked body.</summary>
public sealed record RawResponse(int Status, IReadOnlyDictionary<string, string> Headers, string Body)
{
    private static readonly byte[] HeadEnd = "\r\n\r\n"u8.ToArray();

    public static RawResponse Parse(byte[] bytes)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        var headEnd = bytes.AsSpan().IndexOf(HeadEnd);
        Assert.That(headEnd, Is.GreaterThan(0), $"no HTTP response, got: '{Encoding.ASCII.GetString(bytes)}'");
        var lines = Encoding.ASCII.GetString(bytes, 0, headEnd).Split("\r\n");
        var status = int.Parse(lines[0].Split(' ')[1], System.Globalization.CultureInfo.InvariantCulture);
        var headers = lines.Skip(1)
            .Select(l => l.Split(':', 2))
            .ToDictionary(p => p[0].Trim().ToLowerInvariant(), p => p[1].Trim(), StringComparer.Ordinal);
        var body = bytes.AsSpan(headEnd + HeadEnd.Length);
        var chunked = headers.TryGetValue("transfer-encoding", out var encoding) && encoding.Contains("chunked", StringComparison.OrdinalIgnoreCase);
        return new RawResponse(status, headers, Encoding.UTF8.GetString(chunked ? Dechunk(body) : body));
    }

    public string? Header(string name) => Headers.TryGetValue(name.ToLowerInvariant(), out var value) ? value : null;

    private static byte[] Dechunk(ReadOnlySpan<byte> chunked)
    {
        var result = new List<byte>();
        while (!chunked.IsEmpty)
        {
            var lineEnd = chunked.IndexOf("\r\n"u8);
            var sizeText = Encoding.ASCII.GetString(chunked[..lineEnd]).Split(';')[0];
            var size = int.Parse(sizeText, System.Globalization.NumberStyles.HexNumber, System.Globalization.CultureInfo.InvariantCulture);
            if (size == 0)
            {
                break;
            }

            result.AddRange(chunked.Slice(lineEnd + 2, size));
            chunked = chunked[(lineEnd + 2 + size + 2)..];
        }

        return [.. result];
    }
}
