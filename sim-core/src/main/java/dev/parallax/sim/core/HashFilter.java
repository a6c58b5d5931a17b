package dev.parallax.sim.core;

/**
 * A blocked Bloom filter over 32-bit hashes: it answers "certainly not added" or "perhaps added",
 * never a false "not added". Each hash sets four bits in one 64-bit word, so a check reads one
 * word, and the whole filter (16 bits per hash it is sized for) is small enough to stay in cache
 * when the exact structure behind it is not. It does not grow: the owner builds a larger one and
 * adds every hash again once {@link #isFull()}.
 */
final class HashFilter {

    private static final int BITS_PER_HASH = 16;

    private final long[] words;
    private final int shift;
    private final int capacity;
    private int size;

    /**
     * The largest filter: 2^22 words (32 MiB), sized for 2^24 hashes. Past that it stops asking to
     * be rebuilt and simply answers "perhaps" more often, which the exact structure behind it settles.
     */
    static final int MAX_WORDS = 1 << 22;

    /** A filter sized for {@code capacity} hashes (at least 64, at most what {@link #MAX_WORDS} holds). */
    HashFilter(int capacity) {
        long wanted = Math.max(64, capacity);
        long words = Math.min(MAX_WORDS, Math.max(1, wanted * BITS_PER_HASH / 64 - 1));
        int wordCount = Math.min(MAX_WORDS, Integer.highestOneBit((int) words) << 1);
        this.words = new long[wordCount];
        this.shift = Long.SIZE - Integer.numberOfTrailingZeros(wordCount);
        this.capacity = wordCount * (64 / BITS_PER_HASH);
    }

    /** How many hashes the filter was sized for. */
    int capacity() {
        return capacity;
    }

    /** True once the filter holds as many hashes as it was sized for, unless it is already the largest. */
    boolean isFull() {
        return size >= capacity && words.length < MAX_WORDS;
    }

    /** Records {@code hash}. */
    void add(int hash) {
        long mixed = mix(hash);
        words[word(mixed)] |= bits(mixed);
        size++;
    }

    /** False if {@code hash} was certainly never added; true if it may have been. */
    boolean mightContain(int hash) {
        long mixed = mix(hash);
        long bits = bits(mixed);
        return (words[word(mixed)] & bits) == bits;
    }

    private int word(long mixed) {
        return (int) (mixed >>> shift);
    }

    /** Four bit positions from the low 24 bits of the mixed hash (the word index uses the high bits). */
    private static long bits(long mixed) {
        return 1L << mixed | 1L << (mixed >>> 6) | 1L << (mixed >>> 12) | 1L << (mixed >>> 18);
    }

    /** The finaliser of MurmurHash3 (fmix64): every input bit affects every output bit. */
    private static long mix(int hash) {
        long h = hash;
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return h;
    }
}
