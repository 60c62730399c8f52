package io.orderhub.report.publish;

import tools.jackson.core.SerializableString;
import tools.jackson.core.io.CharacterEscapes;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.json.JsonMapper;

/**
 * JSON that can stand inside an HTML {@code <script>} element: Jackson writes {@code < > & '} as {@code \u003c}…,
 * so no value — a shop named {@code </script><script>alert(1)</script>} — can end the element or open a comment; the
 * browser's {@code JSON.parse} reads the same text back. The page's data goes through here, never through string
 * concatenation.
 */
public final class ScriptSafeJson {

    private static final JsonMapper MAPPER = JsonMapper.builder(JsonFactory.builder()
            .characterEscapes(new HtmlSignificantEscapes()).build()).build();

    private ScriptSafeJson() {
    }

    public static String write(Object value) {
        return MAPPER.writeValueAsString(value);
    }

    private static final class HtmlSignificantEscapes extends CharacterEscapes {

        private final int[] ascii;

        HtmlSignificantEscapes() {
            ascii = standardAsciiEscapesForJSON();
            for (char c : new char[] {'<', '>', '&', '\''}) {
                ascii[c] = ESCAPE_STANDARD;
            }
        }

        @Override
        public int[] getEscapeCodesForAscii() {
            return ascii;
        }

        @Override
        public SerializableString getEscapeSequence(int ch) {
            return null;
        }
    }
}
