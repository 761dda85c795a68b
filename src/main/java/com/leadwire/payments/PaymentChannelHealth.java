package com.leadwire.payments;

import java.util.List;

import org.springframework.stereotype.Service;

/** The payment channels' health, for the API and a later channel-health view. */
@Service
public class PaymentChannelHealth {

    private final PaymentSources sources;
    private final ChannelRejections rejections;

    PaymentChannelHealth(PaymentSources sources, ChannelRejections rejections) {
        this.sources = sources;
        this.rejections = rejections;
    }

    public List<PaymentChannelStatus> channels() {
        var counts = rejections.bySource();
        return sources.all().stream().map(source -> {
            ChannelRejections.Count count = counts.get(source.key());
            return new PaymentChannelStatus(sources.providerOf(source), source.key(), source.active(),
                    !sources.secretsOf(source).isEmpty(), count == null ? 0 : count.rejected(),
                    count == null ? null : count.lastRejectedAt());
        }).toList();
    }
}
