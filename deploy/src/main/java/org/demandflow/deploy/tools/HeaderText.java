package org.demandflow.deploy.tools;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** A header value as text: itself when it is printable UTF-8, else {@code base64:…}; null stays null. */
final class HeaderText {

    private HeaderText() {
    }

    static String of(byte[] value) {
        if (value == null) {
            return null;
        }
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(value)).toString();
            if (text.chars().noneMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\t')) {
                return text;
            }
        } catch (CharacterCodingException notText) {
            // falls through to base64
        }
        return "base64:" + Base64.getEncoder().encodeToString(value);
    }
}
