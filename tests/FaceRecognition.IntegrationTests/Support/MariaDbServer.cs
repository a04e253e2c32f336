using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using MySqlConnector;

namespace FaceRecognition.IntegrationTests.Support;

/// <summary>
/// A private MariaDB server for tests and benches: its own temp data directory, socket, pid file and a free TCP port
/// on 127.0.0.1, so it never touches a system server. A database and a user with a random password are created by an
/// init file at every start. <see cref="StopAsync"/> / <see cref="StartAsync"/> keep the data directory, so a test can
/// take the database away and bring it back.
/// </summary>
public sealed class MariaDbServer : IAsyncDisposable
{
    private const string ServerBinary = "/usr/sbin/mariadbd";
    private const string InstallBinary = "/usr/bin/mariadb-install-db";
    private static readonly TimeSpan ReadyTimeout = TimeSpan.FromSeconds(60);

    private readonly string _root;
    private readonly string _dataDirectory;
    private readonly string _errorLog;
    private readonly string _initFile;
    private Process? _process;

    private MariaDbServer(string root, int port, string password)
    {
        _root = root;
        _dataDirectory = Path.Combine(root, "data");
        _errorLog = Path.Combine(root, "error.log");
        _initFile = Path.Combine(root, "init.sql");
        Port = port;
        Password = password;
        ConnectionString = new MySqlConnectionStringBuilder
        {
            Server = "127.0.0.1",
            Port = (uint)port,
            Database = DatabaseName,
            UserID = UserName,
            Password = password,
            SslMode = MySqlSslMode.None,
            ConnectionTimeout = 5,
        }.ConnectionString;
    }

    public const string DatabaseName = "facerecognition";

    public const string UserName = "facerecognition";

    public int Port { get; }

    public string Password { get; }

    /// <summary>Connection string for <see cref="DatabaseName"/> as <see cref="UserName"/>.</summary>
    public string ConnectionString { get; }

    public bool IsRunning => _process is { HasExited: false };

    /// <summary>Initialises a data directory and starts the server; throws with the server's error log when it cannot.</summary>
    public static async Task<MariaDbServer> StartNewAsync(CancellationToken cancellationToken = default)
    {
        if (!File.Exists(ServerBinary) || !File.Exists(InstallBinary))
        {
            throw new InvalidOperationException($"MariaDB is not installed ({ServerBinary}); run deploy/bootstrap.sh --with-test-deps.");
        }

        var root = Directory.CreateTempSubdirectory("fr-mariadb-").FullName;
        var server = new MariaDbServer(root, FindFreePort(), Convert.ToHexString(RandomNumberGenerator.GetBytes(16)));
        try
        {
            await server.InstallAsync(cancellationToken);
            await server.StartAsync(cancellationToken);
            return server;
        }
        catch
        {
            await server.DisposeAsync();
            throw;
        }
    }

    /// <summary>Connection string for another (new) database on this server, for tests that need an empty schema.</summary>
    public async Task<string> CreateDatabaseAsync(string name, CancellationToken cancellationToken = default)
    {
        await using (var connection = new MySqlConnection(ConnectionString))
        {
            await connection.OpenAsync(cancellationToken);
            await using var command = connection.CreateCommand();
            // Identifiers cannot be parameters; the name is checked to be a plain identifier first.
            if (!name.All(c => char.IsAsciiLetterOrDigit(c) || c == '_'))
            {
                throw new ArgumentException("Database names here are letters, digits and underscores.", nameof(name));
            }

#pragma warning disable CA2100 // The identifier is validated above.
            command.CommandText = $"CREATE DATABASE `{name}` CHARACTER SET utf8mb4 COLLATE utf8mb4_bin;";
#pragma warning restore CA2100
            await command.ExecuteNonQueryAsync(cancellationToken);
        }

        return new MySqlConnectionStringBuilder(ConnectionString) { Database = name }.ConnectionString;
    }

    public async Task StartAsync(CancellationToken cancellationToken = default)
    {
        if (IsRunning)
        {
            return;
        }

        var arguments = new List<string>
        {
            "--no-defaults",
            $"--datadir={_dataDirectory}",
            $"--socket={Path.Combine(_root, "mariadbd.sock")}",
            $"--pid-file={Path.Combine(_root, "mariadbd.pid")}",
            $"--log-error={_errorLog}",
            $"--init-file={_initFile}",
            $"--port={Port}",
            "--bind-address=127.0.0.1",
            "--skip-name-resolve",
            "--skip-log-bin",
            "--innodb-buffer-pool-size=256M",
            "--innodb-flush-log-at-trx-commit=2",
            "--max-allowed-packet=64M",
        };
        if (Environment.UserName == "root")
        {
            arguments.Add("--user=root");
        }

        var startInfo = new ProcessStartInfo(ServerBinary) { UseShellExecute = false };
        arguments.ForEach(startInfo.ArgumentList.Add);
        _process = Process.Start(startInfo) ?? throw new InvalidOperationException("mariadbd did not start.");
        await WaitUntilReadyAsync(cancellationToken);
    }

    /// <summary>Stops the server (SIGTERM, then SIGKILL after 30 s); the data directory stays for <see cref="StartAsync"/>.</summary>
    public async Task StopAsync()
    {
        if (_process is null)
        {
            return;
        }

        if (!_process.HasExited)
        {
            using (var kill = Process.Start("kill", ["-TERM", _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
            {
                await kill.WaitForExitAsync();
            }

            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
            try
            {
                await _process.WaitForExitAsync(timeout.Token);
            }
            catch (OperationCanceledException)
            {
                _process.Kill();
                await _process.WaitForExitAsync();
            }
        }

        _process.Dispose();
        _process = null;
    }

    public async ValueTask DisposeAsync()
    {
        if (_process is not null)
        {
            if (!_process.HasExited)
            {
                _process.Kill();
                await _process.WaitForExitAsync();
            }

            _process.Dispose();
            _process = null;
        }

        try
        {
            Directory.Delete(_root, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open by a dying process; the temp directory is cleaned by the OS eventually.
        }
    }

    private async Task InstallAsync(CancellationToken cancellationToken)
    {
        var startInfo = new ProcessStartInfo(InstallBinary)
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in new[]
                 {
                     "--no-defaults", $"--datadir={_dataDirectory}", "--auth-root-authentication-method=normal",
                     "--skip-test-db", "--skip-name-resolve",
                 })
        {
            startInfo.ArgumentList.Add(argument);
        }

        if (Environment.UserName == "root")
        {
            startInfo.ArgumentList.Add("--user=root");
        }

        using var install = Process.Start(startInfo) ?? throw new InvalidOperationException("mariadb-install-db did not start.");
        var output = install.StandardOutput.ReadToEndAsync(cancellationToken);
        var errors = install.StandardError.ReadToEndAsync(cancellationToken);
        await install.WaitForExitAsync(cancellationToken);
        if (install.ExitCode != 0)
        {
            throw new InvalidOperationException($"mariadb-install-db failed ({install.ExitCode}):\n{await output}\n{await errors}");
        }

        // Runs at every server start, so the user exists again after a restart on the same data directory.
        await File.WriteAllTextAsync(
            _initFile,
            $"""
            CREATE DATABASE IF NOT EXISTS {DatabaseName} CHARACTER SET utf8mb4 COLLATE utf8mb4_bin;
            CREATE USER IF NOT EXISTS '{UserName}'@'%' IDENTIFIED BY '{Password}';
            GRANT ALL PRIVILEGES ON *.* TO '{UserName}'@'%';
            FLUSH PRIVILEGES;
            """,
            cancellationToken);
    }

    private async Task WaitUntilReadyAsync(CancellationToken cancellationToken)
    {
        var deadline = Stopwatch.StartNew();
        Exception? lastError = null;
        while (deadline.Elapsed < ReadyTimeout)
        {
            if (_process is null || _process.HasExited)
            {
                throw new InvalidOperationException($"mariadbd exited with code {_process?.ExitCode} during start.\n{ReadErrorLog()}");
            }

            try
            {
                await using var connection = new MySqlConnection(ConnectionString + ";Pooling=false");
                await connection.OpenAsync(cancellationToken);
                return;
            }
            catch (MySqlException exception)
            {
                lastError = exception;
                await Task.Delay(200, cancellationToken);
            }
        }

        throw new TimeoutException($"mariadbd did not accept connections within {ReadyTimeout.TotalSeconds} s ({lastError?.Message}).\n{ReadErrorLog()}");
    }

    private string ReadErrorLog() => File.Exists(_errorLog) ? File.ReadAllText(_errorLog) : "(no error log written)";

    private static int FindFreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
