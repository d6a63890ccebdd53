package org.hearth.lifestory.web;

import java.nio.charset.StandardCharsets;

import org.hearth.lifestory.internal.StoredItem;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * How an attachment's bytes are served, by the pages and the API alike: as the type found from its bytes, never
 * sniffed by the browser as anything else, sandboxed so that even a file that slipped through could run nothing,
 * never cached (a shared computer, a proxy), photos inline and PDFs only as downloads, under the safe name kept at
 * upload.
 */
final class AttachmentResponses {

    /** Sandboxed and allowed to load nothing: a document opened from here cannot run a script or reach anything. */
    static final String CONTENT_SECURITY_POLICY = "sandbox; default-src 'none'; frame-ancestors 'none'";

    private AttachmentResponses() {
    }

    static ResponseEntity<byte[]> of(StoredItem.Content content, boolean thumbnail) {
        StoredItem.AttachmentInfo info = content.info();
        boolean inline = content.mediaType().startsWith("image/");
        String name = thumbnail ? "thumbnail-" + info.fileName().replaceAll("\\.[a-z]+$", "") + ".jpg"
                : info.fileName();
        ContentDisposition disposition = (inline ? ContentDisposition.inline() : ContentDisposition.attachment())
                .filename(name, StandardCharsets.UTF_8).build();
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(content.mediaType()))
                .contentLength(content.bytes().length)
                .cacheControl(CacheControl.noStore())
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", CONTENT_SECURITY_POLICY)
                .header("Content-Disposition", disposition.toString())
                .body(content.bytes());
    }
}
