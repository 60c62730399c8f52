package io.orderhub.report.entry.intake;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;

/**
 * Which charset a CSV file is in. Excel on a Chinese Windows saves "CSV" as GBK, everything else writes UTF-8, with
 * or without a BOM. {@code auto} (the default): a UTF-8 BOM, or bytes that decode as strict UTF-8, mean UTF-8;
 * anything else is GBK (GB18030 is its superset and decodes every GBK file). A configured charset is taken as is.
 */
public final class IntakeCharset {

    public static final String AUTO = "auto";
    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private final String configured;

    public IntakeCharset(String configured) {
        String value = configured == null || configured.isBlank() ? AUTO : configured.trim();
        if (!AUTO.equals(value.toLowerCase(Locale.ROOT)) && !Charset.isSupported(value)) {
            throw new IllegalArgumentException("oms.entries.intake.charset: '" + value
                    + "' is not a charset this JVM knows (use auto, UTF-8 or GBK)");
        }
        this.configured = value;
    }

    public Charset of(byte[] content) {
        if (!AUTO.equalsIgnoreCase(configured)) {
            return Charset.forName(configured);
        }
        if (hasUtf8Bom(content) || decodesAsUtf8(content)) {
            return StandardCharsets.UTF_8;
        }
        return Charset.forName("GB18030");
    }

    static boolean hasUtf8Bom(byte[] content) {
        return content.length >= 3 && Arrays.equals(content, 0, 3, UTF8_BOM, 0, 3);
    }

    private static boolean decodesAsUtf8(byte[] content) {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(content));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}
