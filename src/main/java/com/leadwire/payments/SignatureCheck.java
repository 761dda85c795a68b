package com.leadwire.payments;

import java.util.List;

/** Verifies one callback's signature against a source's active secrets; throws SignatureRejectedException. */
@FunctionalInterface
interface SignatureCheck {

    void verify(List<String> secrets);
}
