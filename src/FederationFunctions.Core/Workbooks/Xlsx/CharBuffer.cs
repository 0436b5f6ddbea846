namespace FederationFunctions.Core.Workbooks.Xlsx;

/// <summary>A reusable, growable run of characters: text decoded from a part without allocating a string for it.</summary>
internal sealed class CharBuffer
{
    private char[] _chars = new char[64];

    public int Length { get; private set; }

    public ReadOnlySpan<char> Span => _chars.AsSpan(0, Length);

    public void Clear() => Length = 0;

    public void Append(char character)
    {
        if (Length == _chars.Length)
        {
            Grow(1);
        }

        _chars[Length++] = character;
    }

    /// <summary>Room for <paramref name="count"/> more characters, to be written then committed with <see cref="Advance"/>.</summary>
    public Span<char> GetSpan(int count)
    {
        if (_chars.Length - Length < count)
        {
            Grow(count);
        }

        return _chars.AsSpan(Length);
    }

    public void Advance(int count) => Length += count;

    public override string ToString() => Length == 0 ? string.Empty : new string(_chars, 0, Length);

    private void Grow(int needed) => Array.Resize(ref _chars, Math.Max(_chars.Length * 2, Length + needed));
}
