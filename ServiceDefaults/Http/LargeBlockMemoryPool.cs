using System.Buffers;
using System.Collections.Concurrent;
using Microsoft.AspNetCore.Connections;

namespace ShortVideo.ServiceDefaults.Http;

/// <summary>
/// Kestrel's socket transport receives into one pool block at a time, and its own pool's blocks
/// are 4 KB: a 1 GB upload costs a quarter of a million receive calls per hop, which is most of the
/// CPU an upload takes on a small machine. Blocks of 64 KB let one call take what the socket holds.
/// Idle connections hold no block (Kestrel waits for data before it rents one), and at most
/// <see cref="RetainedBlocks"/> free blocks are kept; the rest go back to the GC.
/// </summary>
public sealed class LargeBlockMemoryPool : MemoryPool<byte>
{
    public const int BlockSize = 64 * 1024;
    public const int RetainedBlocks = 256;

    private readonly ConcurrentQueue<Block> _free = new();
    private int _freeCount;
    private bool _disposed;

    public override int MaxBufferSize => BlockSize;

    public override IMemoryOwner<byte> Rent(int minBufferSize = -1)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(minBufferSize, BlockSize);
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (_free.TryDequeue(out var block))
        {
            Interlocked.Decrement(ref _freeCount);
            block.Rented = true;
            return block;
        }
        return new Block(this) { Rented = true };
    }

    protected override void Dispose(bool disposing)
    {
        _disposed = true;
        _free.Clear();
    }

    private void Return(Block block)
    {
        if (_disposed || Interlocked.Increment(ref _freeCount) > RetainedBlocks)
        {
            Interlocked.Decrement(ref _freeCount);
            return;
        }
        _free.Enqueue(block);
    }

    private sealed class Block(LargeBlockMemoryPool pool) : IMemoryOwner<byte>
    {
        // Pinned: the socket pins it for every receive anyway, and the pinned heap keeps it from fragmenting the others.
        private readonly byte[] _array = GC.AllocateUninitializedArray<byte>(BlockSize, pinned: true);

        public bool Rented { get; set; }

        public Memory<byte> Memory => _array;

        public void Dispose()
        {
            if (!Rented) return;
            Rented = false;
            pool.Return(this);
        }
    }

    /// <summary>Hands Kestrel (and anything else that asks the container for a byte pool) a <see cref="LargeBlockMemoryPool"/>.</summary>
    public sealed class Factory : IMemoryPoolFactory<byte>
    {
        public MemoryPool<byte> Create(MemoryPoolOptions? options = null) => new LargeBlockMemoryPool();
    }
}
