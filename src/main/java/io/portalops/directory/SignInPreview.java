package io.portalops.directory;

import java.util.List;

/**
 * An uploaded sign-in export before import: its columns, a proposed mapping, the first rows to check the mapping
 * against, and how many rows it holds; or the errors that stop it.
 */
public record SignInPreview(
        String fileName,
        List<String> fileErrors,
        List<String> headers,
        SignInMapping guess,
        List<List<String>> sample,
        int rows) {

    public SignInPreview {
        fileErrors = List.copyOf(fileErrors);
        headers = List.copyOf(headers);
        sample = sample.stream().map(List::copyOf).toList();
    }
}
