package io.newsflow.ingest.source;

import io.newsflow.ingest.model.InputRejectedException;
import io.newsflow.ingest.model.RejectionReason;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes UTF-8 and refuses malformed bytes instead of turning them into replacement characters: a
 * mis-encoded file would otherwise publish garbled text that dedup and tagging then trust.
 */
public final class StrictUtf8 {
    private static final byte[] BYTE_ORDER_MARK = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private StrictUtf8() {
    }

    public static String decode(byte[] bytes) throws InputRejectedException {
        int start = startsWithByteOrderMark(bytes) ? BYTE_ORDER_MARK.length : 0;
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        if (result.isError()) {
            throw new InputRejectedException(RejectionReason.INVALID_UTF8,
                    "not valid UTF-8: malformed byte sequence at byte offset " + in.position());
        }
        return out.flip().toString();
    }

    private static boolean startsWithByteOrderMark(byte[] bytes) {
        return bytes.length >= 3 && bytes[0] == BYTE_ORDER_MARK[0] && bytes[1] == BYTE_ORDER_MARK[1]
                && bytes[2] == BYTE_ORDER_MARK[2];
    }
}
