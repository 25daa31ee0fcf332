import type { GraphQLContext } from '@salesgraph/service-kit';
import { Arg, Args, Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import type { ContractLifecycleService } from './contract-lifecycle.service';
import type { ContractNegotiationService } from './contract-negotiation.service';
import { ContractMoveArgs } from './dto/contract-move.args';
import { CreateContractInput } from './dto/create-contract.input';
import { TerminateContractArgs } from './dto/terminate-contract.args';
import { UpdateContractInput } from './dto/update-contract.input';
import { SupplyContract } from './supply-contract.entity';

/** An account manager negotiates, signs and terminates the supply contracts of their accounts. */
@Resolver(() => SupplyContract)
export class ContractMutationResolver {
  constructor(
    private readonly negotiation: ContractNegotiationService,
    private readonly lifecycle: ContractLifecycleService,
  ) {}

  @Authorized('ACCOUNT_MANAGER')
  @Mutation(() => SupplyContract, {
    description:
      'Open the negotiation of a supply contract (NEGOTIATING) for an account you manage.',
  })
  createContract(
    @Arg('input') input: CreateContractInput,
    @Ctx() { command }: GraphQLContext,
  ): Promise<SupplyContract> {
    return this.negotiation.create(command, input);
  }

  @Authorized('ACCOUNT_MANAGER')
  @Mutation(() => SupplyContract, { description: 'Change the terms under negotiation.' })
  updateContract(
    @Arg('input') input: UpdateContractInput,
    @Ctx() { command }: GraphQLContext,
  ): Promise<SupplyContract> {
    return this.negotiation.update(command, input);
  }

  @Authorized('ACCOUNT_MANAGER')
  @Mutation(() => SupplyContract, {
    description: 'NEGOTIATING -> ACTIVE: call-offs may now be drawn against it (ContractSigned).',
  })
  signContract(
    @Args() args: ContractMoveArgs,
    @Ctx() { command }: GraphQLContext,
  ): Promise<SupplyContract> {
    return this.lifecycle.sign(command, args.contractId, args.expectedVersion);
  }

  @Authorized('ACCOUNT_MANAGER')
  @Mutation(() => SupplyContract, {
    description: 'End an active contract early, or abandon a negotiation, with a reason.',
  })
  terminateContract(
    @Args() args: TerminateContractArgs,
    @Ctx() { command }: GraphQLContext,
  ): Promise<SupplyContract> {
    return this.lifecycle.terminate(command, args.contractId, args.expectedVersion, args.reason);
  }
}
