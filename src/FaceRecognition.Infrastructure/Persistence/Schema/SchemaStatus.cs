namespace FaceRecognition.Infrastructure.Persistence.Schema;

/// <summary>Whether this process has seen the schema at the model's version (migrated it, or found it current).</summary>
internal sealed class SchemaStatus
{
    private volatile bool _isCurrent;

    public bool IsCurrent => _isCurrent;

    public void MarkCurrent() => _isCurrent = true;
}
