package io.orderhub.report.entry.sku;

/** The SKU catalogue could not be built: no SKU master source is configured, or reading it failed. */
public class SkuCatalogueUnavailableException extends IllegalStateException {

    public SkuCatalogueUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
