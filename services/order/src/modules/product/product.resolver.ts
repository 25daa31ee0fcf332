import { PageArgs, type GraphQLContext } from '@salesgraph/service-kit';
import { Arg, Args, Authorized, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { CreateProductInput } from './dto/create-product.input';
import { UpdateProductInput } from './dto/update-product.input';
import { Product } from './product.entity';
import type { ProductService } from './product.service';

@Resolver(() => Product)
export class ProductResolver {
  constructor(private readonly productService: ProductService) {}

  @Authorized()
  @Query(() => [Product], {
    description: 'The catalogue, by SKU: active products, or all with includeInactive.',
  })
  products(
    @Args() page: PageArgs,
    @Arg('includeInactive', { defaultValue: false }) includeInactive: boolean,
  ): Promise<Product[]> {
    return this.productService.list(page, !includeInactive);
  }

  @Authorized()
  @Query(() => Product)
  product(@Arg('id', () => ID) id: string): Promise<Product> {
    return this.productService.get(id);
  }

  @Authorized('ADMIN')
  @Mutation(() => Product, { description: 'Add a product to the catalogue (admins).' })
  createProduct(
    @Arg('input') input: CreateProductInput,
    @Ctx() { command }: GraphQLContext,
  ): Promise<Product> {
    return this.productService.create(command, input);
  }

  @Authorized('ADMIN')
  @Mutation(() => Product, {
    description:
      'Change a catalogue item (admins); orders keep the prices they were written with. Fields equal to the current ones are no change.',
  })
  updateProduct(
    @Arg('input') input: UpdateProductInput,
    @Ctx() { command }: GraphQLContext,
  ): Promise<Product> {
    return this.productService.update(command, input);
  }
}
