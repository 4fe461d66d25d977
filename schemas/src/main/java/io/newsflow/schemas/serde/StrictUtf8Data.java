package io.newsflow.schemas.serde;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.apache.avro.Schema;
import org.apache.avro.io.DatumReader;
import org.apache.avro.io.Decoder;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificDatumReader;
import org.apache.avro.util.Utf8;

/**
 * A generated record's model whose readers refuse a string that is not valid UTF-8. Avro on its own puts
 * U+FFFD in place of the bad bytes and reads on, so a corrupted title or body would go through enrich as
 * text nobody wrote; refused, the record is a dead letter that names the reason.
 */
final class StrictUtf8Data extends SpecificData {
    /** @param model the generated class's own model, whose logical-type conversions are kept */
    StrictUtf8Data(SpecificData model) {
        super(model.getClassLoader());
        model.getConversions().forEach(this::addLogicalTypeConversion);
    }

    @Override
    @SuppressWarnings({"rawtypes", "unchecked"})
    public DatumReader createDatumReader(Schema writer, Schema reader) {
        return new StrictUtf8Reader(writer, reader, this);
    }

    private static final class StrictUtf8Reader<T> extends SpecificDatumReader<T> {
        StrictUtf8Reader(Schema writer, Schema reader, SpecificData data) {
            super(writer, reader, data);
        }

        @Override
        protected Object readString(Object old, Schema expected, Decoder in) throws IOException {
            if (findStringClass(expected) != String.class) {
                return super.readString(old, expected, in);
            }
            Utf8 raw = in.readString(null);
            try {
                return StandardCharsets.UTF_8.newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)
                        .decode(ByteBuffer.wrap(raw.getBytes(), 0, raw.getByteLength()))
                        .toString();
            } catch (CharacterCodingException e) {
                // The cause's own message ("Input length = 1") says nothing a reader of the dead letter can use.
                throw new IOException("a string of " + raw.getByteLength() + " bytes is not valid UTF-8");
            }
        }
    }
}
