package org.hearth.lifestory.web;

import java.io.IOException;

import org.hearth.lifestory.internal.LifeStoryService;
import org.springframework.web.multipart.MultipartFile;

/** A multipart file as the service takes it; null when no file part was sent. */
record MultipartUpload(MultipartFile file) implements LifeStoryService.Upload {

    static LifeStoryService.Upload of(MultipartFile file) {
        return file == null ? null : new MultipartUpload(file);
    }

    @Override
    public String name() {
        return file.getOriginalFilename();
    }

    @Override
    public long size() {
        return file.getSize();
    }

    @Override
    public byte[] bytes() throws IOException {
        return file.getBytes();
    }
}
