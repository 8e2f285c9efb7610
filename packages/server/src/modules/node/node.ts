import { Field, ID, InterfaceType } from "type-graphql";

/** Relay's Node: anything with a globally unique id that `node(id)` can fetch again. */
@InterfaceType("Node", {
  description: "An object with a globally unique id; fetch it again with `node(id)`.",
  // Letter, Member and Signature are the implementations; their class names are the type names.
  resolveType: (value: object) => value.constructor.name,
})
export abstract class Node {
  @Field(() => ID, { description: "Globally unique, opaque id." })
  id: string;
}
