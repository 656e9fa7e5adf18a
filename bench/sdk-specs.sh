# sdk-specs.sh, sourced by the SDK comparisons: sets specs to the arguments,
# or by default to the orders API and the seven corpus descriptions.
specs=("$@")
if [ ${#specs[@]} -eq 0 ]; then
	specs=(examples/orders/openapi.yaml)
	for s in petstore.yaml tictactoe.yaml asana.yaml twilio_api_v2010.yaml \
		digitalocean/specification/DigitalOcean-public.v2.yaml github-api.github.com.yaml stripe-spec3.yaml; do
		specs+=("../shared/corpus/$s")
	done
fi
