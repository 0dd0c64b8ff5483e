Budget alert: ${name}, ${period}
${name} (${kind}) reached ${threshold} for ${period}: spend ${spend} USD, forecast ${forecast} USD, budget ${budget} USD. Open the attribution dashboard for the breakdown.
